import HubAPI
import Inventory

extension Inventory.ParcelView: WireRepresentable {
    var wire: HubAPI.ParcelView {
        HubAPI.ParcelView(
            barcode: barcode, supplierId: supplierId, supplierName: supplierName, receivedAt: receivedAt, receivedOn: receivedOn.wire,
            device: device, receivedBy: receivedBy, resident: resident.wire, status: status.wire, coldChain: coldChain,
            medication: medication, deadlineAt: deadlineAt, overdue: overdue, outcome: outcome.wire, outcomeAt: outcomeAt,
            attempts: attempts
        )
    }
}

extension Inventory.ParcelView.ResidentRef: WireRepresentable {
    var wire: HubAPI.ParcelView.ResidentRef {
        HubAPI.ParcelView.ResidentRef(id: id, name: name, address: address.wire)
    }
}

extension Inventory.ParcelStatus: WireRepresentable {
    var wire: HubAPI.ParcelStatus {
        switch self {
        case .unassigned: .unassigned
        case .assigned: .assigned
        case .notHome: .notHome
        case .delivered: .delivered
        case .returned: .returned
        }
    }
}

extension Inventory.DeliveryOutcome: WireRepresentable {
    var wire: HubAPI.DeliveryOutcome {
        switch self {
        case .contact: .contact
        case .letterbox: .letterbox
        case .neighbour: .neighbour
        case .notHome: .notHome
        case .returned: .returned
        }
    }
}

extension Inventory.DeliveryOutcome: WireDecodable {
    init(wire: HubAPI.DeliveryOutcome) {
        switch wire {
        case .contact: self = .contact
        case .letterbox: self = .letterbox
        case .neighbour: self = .neighbour
        case .notHome: self = .notHome
        case .returned: self = .returned
        }
    }
}

extension Inventory.DayList: WireRepresentable {
    var wire: HubAPI.DayList {
        HubAPI.DayList(day: day.wire, stops: stops.wire, unassigned: unassigned.wire)
    }
}

extension Inventory.Stop: WireRepresentable {
    var wire: HubAPI.Stop {
        HubAPI.Stop(address: address.wire, residentNames: residentNames, parcels: parcels.wire, remarks: remarks.wire, parcelCount: parcelCount)
    }
}

extension Inventory.ManifestStore.ImportResult: WireRepresentable {
    var wire: HubAPI.ManifestImportResult {
        HubAPI.ManifestImportResult(loaded: loaded, alreadyKnown: alreadyKnown, assignedNow: assignedNow, errors: errors.wire)
    }
}

extension Inventory.ManifestRowError: WireRepresentable {
    var wire: HubAPI.ManifestRowError {
        HubAPI.ManifestRowError(line: line, message: message.wire)
    }
}
