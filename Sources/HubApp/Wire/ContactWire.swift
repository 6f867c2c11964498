import HubAPI
import Inventory

extension SignalLine: WireRepresentable {
    var wire: SignalView {
        SignalView(
            id: signal.id ?? 0, residentReference: residentReference, residentName: residentName, category: signal.category.rawValue,
            text: signal.text, owner: signal.owner.rawValue, status: signal.status.rawValue, followUpOn: signal.followUpOn?.text,
            openedAt: signal.openedAt, openedBy: signal.openedBy, updatedAt: signal.updatedAt, closedAt: signal.closedAt, closedBy: signal.closedBy,
            due: due
        )
    }
}

extension Inventory.SignalHandOver: WireRepresentable {
    var wire: SignalHandOverSheet {
        SignalHandOverSheet(
            signalId: signalId, to: to.rawValue, residentName: residentName, street: street, houseNumber: houseNumber,
            postcode: postcode, town: town, phone: phone, category: category.rawValue, text: text,
            noticedOn: noticedOn.text, followUpOn: followUpOn?.text, handedOverBy: handedOverBy, handedOverOn: handedOverOn.text
        )
    }
}

extension Visit: WireRepresentable {
    var wire: VisitView {
        VisitView(
            id: id ?? 0, reason: reason.rawValue, minutes: minutes, signalId: signalId,
            visitedAt: visitedAt, visitedOn: visitedOn.text, recordedBy: recordedBy
        )
    }
}

extension QuietResident: WireRepresentable {
    var wire: QuietResidentView {
        QuietResidentView(
            reference: reference, name: name, deliveries: deliveries, letterbox: letterbox,
            lastDeliveryOn: lastDeliveryOn.text, lastContactOn: lastContactOn?.text
        )
    }
}

extension VisitRequest: WireDecodable {}
extension SignalRequest: WireDecodable {}
extension SignalUpdateRequest: WireDecodable {}
extension SignalHandOverRequest: WireDecodable {}
