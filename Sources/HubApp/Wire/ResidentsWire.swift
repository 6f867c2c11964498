import HubAPI
import Inventory
import Workflows

extension Inventory.Resident: WireRepresentable {
    var wire: HubAPI.Resident {
        HubAPI.Resident(
            id: id, reference: reference, name: name, street: street, houseNumber: houseNumber, postcode: postcode, town: town,
            phone: phone, remarks: remarks, createdAt: createdAt, updatedAt: updatedAt
        )
    }
}

extension Inventory.ResidentTimelineView: WireRepresentable {
    var wire: HubAPI.ResidentTimelineView {
        HubAPI.ResidentTimelineView(residentId: residentId, residentName: residentName, creditCents: creditCents, entries: entries.wire)
    }
}

extension Inventory.TimelineEntry: WireRepresentable {
    var wire: HubAPI.TimelineEntry {
        HubAPI.TimelineEntry(time: time, kind: kind, text: text.wire)
    }
}

extension Inventory.Proxy: WireRepresentable {
    var wire: HubAPI.Proxy {
        HubAPI.Proxy(
            id: id, residentId: residentId, name: name, scopes: scopes, expiresOn: expiresOn.wire, createdAt: createdAt,
            createdBy: createdBy
        )
    }
}

extension Inventory.Proxy.Scope: WireRepresentable {
    var wire: HubAPI.Proxy.Scope {
        switch self {
        case .parcels: .parcels
        case .medication: .medication
        case .aids: .aids
        case .rides: .rides
        }
    }
}

extension Inventory.Proxy.Scope: WireDecodable {
    init(wire: HubAPI.Proxy.Scope) {
        switch wire {
        case .parcels: self = .parcels
        case .medication: self = .medication
        case .aids: self = .aids
        case .rides: self = .rides
        }
    }
}

extension Inventory.Address: WireRepresentable {
    var wire: HubAPI.Address {
        HubAPI.Address(street: street, houseNumber: houseNumber, postcode: postcode, town: town)
    }
}

extension Inventory.AuditEntry: WireRepresentable {
    var wire: HubAPI.AuditEntry {
        HubAPI.AuditEntry(id: id, at: at, staffId: staffId, staffName: staffName, action: action, residentId: residentId, subject: subject)
    }
}

extension Inventory.AuditVerification: WireRepresentable {
    var wire: HubAPI.AuditVerification {
        HubAPI.AuditVerification(
            rows: rows, brokenLinks: brokenLinks,
            firstBroken: firstBroken.map { .init(id: $0.id, at: $0.at, lastIntactId: $0.lastIntactID) }, head: head
        )
    }
}

extension Inventory.PassRecord: WireRepresentable {
    var wire: HubAPI.PassRecord {
        HubAPI.PassRecord(
            id: id, residentId: residentId, staffId: staffId, enrolledAt: enrolledAt, enrolledBy: enrolledBy, blockedAt: blockedAt,
            blockedBy: blockedBy, blockReason: blockReason
        )
    }
}

extension Inventory.ResidentPasses: WireRepresentable {
    var wire: HubAPI.ResidentPasses {
        HubAPI.ResidentPasses(residentId: residentId, residentName: residentName, passes: passes.wire)
    }
}

extension Inventory.StaffMember: WireRepresentable {
    var wire: HubAPI.StaffMember {
        HubAPI.StaffMember(id: id, name: name, active: active, createdAt: createdAt)
    }
}

extension Inventory.StaffSessionStore.Session: WireRepresentable {
    var wire: HubAPI.StaffSession {
        HubAPI.StaffSession(staffName: staffName, since: since)
    }
}

extension Workflows.PassTapNotice: WireRepresentable {
    var wire: HubAPI.PassTapNotice {
        HubAPI.PassTapNotice(device: device, time: time, message: message)
    }
}
