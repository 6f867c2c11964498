import HubAPI
import Inventory

extension Inventory.Service: WireRepresentable {
    var wire: HubAPI.Service {
        HubAPI.Service(
            id: id, code: code, kind: kind.wire, name: name, destination: destination, priceCents: priceCents,
            maxPriceCents: maxPriceCents, payment: payment.wire, position: position, active: active, createdAt: createdAt
        )
    }
}

extension Inventory.ServiceKind: WireRepresentable {
    var wire: HubAPI.ServiceKind {
        switch self {
        case .ride: .ride
        case .chore: .chore
        case .activity: .activity
        }
    }
}

extension Inventory.ServiceKind: WireDecodable {
    init(wire: HubAPI.ServiceKind) {
        switch wire {
        case .ride: self = .ride
        case .chore: self = .chore
        case .activity: self = .activity
        }
    }
}

extension Inventory.PaymentMethod: WireRepresentable {
    var wire: HubAPI.PaymentMethod {
        switch self {
        case .pin: .pin
        case .invoice: .invoice
        case .credit: .credit
        case .free: .free
        }
    }
}

extension Inventory.PaymentMethod: WireDecodable {
    init(wire: HubAPI.PaymentMethod) {
        switch wire {
        case .pin: self = .pin
        case .invoice: self = .invoice
        case .credit: self = .credit
        case .free: self = .free
        }
    }
}

extension Inventory.PaymentState: WireRepresentable {
    var wire: HubAPI.PaymentState {
        switch self {
        case .awaitingPayment: .awaitingPayment
        case .invoice: .invoice
        case .credit: .credit
        case .free: .free
        case .paid: .paid
        }
    }
}

extension Inventory.ServiceUse: WireRepresentable {
    var wire: HubAPI.ServiceUse {
        HubAPI.ServiceUse(
            id: id, residentId: residentId, serviceId: serviceId, kind: kind.wire, passId: passId, device: device,
            startedAt: startedAt, startedOn: startedOn.wire, endedAt: endedAt, endReason: endReason.wire,
            reviewState: reviewState.wire, reviewedAt: reviewedAt, reviewedBy: reviewedBy, reviewNote: reviewNote,
            priceCents: priceCents, payment: payment.wire, paymentState: paymentState.wire, recordedBy: recordedBy
        )
    }
}

extension Inventory.ServiceUse.EndReason: WireRepresentable {
    var wire: HubAPI.ServiceUse.EndReason {
        switch self {
        case .tap: .tap
        case .auto: .auto
        case .staff: .staff
        }
    }
}

extension Inventory.ServiceUse.ReviewState: WireRepresentable {
    var wire: HubAPI.ServiceUse.ReviewState {
        switch self {
        case .pending: .pending
        case .resolved: .resolved
        }
    }
}

extension Inventory.ServiceUseView: WireRepresentable {
    var wire: HubAPI.ServiceUseView {
        HubAPI.ServiceUseView(
            use: use.wire, serviceCode: serviceCode, serviceName: serviceName, residentName: residentName,
            residentReference: residentReference
        )
    }
}
