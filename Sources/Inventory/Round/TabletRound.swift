import Foundation

/// The day's round as a concierge's tablet holds it (issue 18, point 1): the stops in route
/// order, and for each its open parcels, its remarks and who lives there as a first name and
/// an initial. The street and number stay, because a stop is an address; postcode, town,
/// phone, references, full names and database ids do not leave the hub.
public struct TabletRound: Sendable, Equatable {
    public var day: LocalDay
    public var issuedAt: Date
    /// The sequence number this device's next queued entry takes.
    public var nextSeq: Int64
    public var stops: [TabletStop]
}

public struct TabletStop: Sendable, Equatable {
    public var address: String
    public var residents: [TabletResident]
    public var parcels: [TabletParcel]
    public var remarks: [String]
}

/// A resident at a stop, numbered on this device's round (`ref`).
public struct TabletResident: Sendable, Equatable {
    public var ref: Int64
    public var shortName: String

    /// "Anna de Vries" → "Anna V.": the first word and the initial of the last.
    static func shortName(_ name: String) -> String {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { return "?" }
        guard words.count > 1, let initial = words.last?.first else { return String(first) }
        return "\(first) \(initial.uppercased())."
    }
}

/// Named by barcode, as on the label the concierge holds; the hub keeps which parcel each
/// barcode meant when the round was issued.
public struct TabletParcel: Sendable, Equatable {
    public var barcode: String
    public var supplier: String
    public var residentRef: Int64
    public var medication: Bool
    public var coldChain: Bool
    public var deadlineAt: Date?
    /// Not home on an earlier try: this is a retry.
    public var retry: Bool
}

extension TabletRound {
    /// `list` holds only the open parcels of residents on the round; `refs` numbers each of
    /// those residents for this device.
    init(list: DayList, issuedAt: Date, nextSeq: Int64, refs: [Int64: Int64]) {
        let stops = list.stops.compactMap { stop -> TabletStop? in
            var residents: [TabletResident] = []
            var parcels: [TabletParcel] = []
            for view in stop.parcels {
                guard let resident = view.resident, let ref = refs[resident.id] else { continue }
                parcels.append(TabletParcel(view, residentRef: ref))
                if !residents.contains(where: { $0.ref == ref }) {
                    residents.append(TabletResident(ref: ref, shortName: TabletResident.shortName(resident.name)))
                }
            }
            guard !parcels.isEmpty else { return nil }
            return TabletStop(address: "\(stop.address.street) \(stop.address.houseNumber)", residents: residents, parcels: parcels, remarks: stop.remarks.map(\.nl))
        }
        self.init(day: list.day, issuedAt: issuedAt, nextSeq: nextSeq, stops: stops)
    }
}

extension TabletParcel {
    init(_ view: ParcelView, residentRef: Int64) {
        self.init(
            barcode: view.barcode, supplier: view.supplierName, residentRef: residentRef, medication: view.medication,
            coldChain: view.coldChain, deadlineAt: view.deadlineAt, retry: view.status == .notHome
        )
    }
}
