import Foundation

/// One address on the round, with everything to hand over there and what the driver must know.
public struct Stop: Sendable, Codable, Equatable {
    public var address: Address
    public var residentNames: [String]
    public var parcels: [ParcelView]
    public var remarks: [LocalizedText]

    /// Only parcels still to deliver count; settled ones stay listed for the record.
    public var parcelCount: Int { parcels.filter { $0.outcome == nil || $0.status == .notHome }.count }

    init?(parcels: [ParcelView], residentRemarks: [Int64: String], calendar: HubCalendar) {
        guard let first = parcels.first?.resident else { return nil }
        address = first.address
        var names: [String] = []
        var remarks: [LocalizedText] = []
        for parcel in parcels {
            guard let resident = parcel.resident else { continue }
            if !names.contains(resident.name) {
                names.append(resident.name)
                if let note = residentRemarks[resident.id] { remarks.append(LocalizedText(nl: note, en: note)) }
            }
        }
        residentNames = names
        self.parcels = parcels
        self.remarks = remarks + Self.flags(parcels, calendar)
    }

    private static func flags(_ parcels: [ParcelView], _ calendar: HubCalendar) -> [LocalizedText] {
        let open = parcels.filter { $0.outcome == nil || $0.status == .notHome }
        var flags: [LocalizedText] = []
        if open.contains(where: \.medication) {
            flags.append(LocalizedText(nl: "medicatie: persoonlijk afgeven, niet in brievenbus", en: "medication: hand over in person, not in letterbox"))
        }
        if let deadline = open.compactMap(\.deadlineAt).min() {
            let time = calendar.clockTime(deadline)
            flags.append(LocalizedText(nl: "koelen: afgeven vóór \(time)", en: "chilled: hand over before \(time)"))
        }
        if open.contains(where: { $0.status == .notHome }) {
            flags.append(LocalizedText(nl: "nieuwe poging (eerder niet thuis)", en: "retry (not home before)"))
        }
        return flags
    }
}
