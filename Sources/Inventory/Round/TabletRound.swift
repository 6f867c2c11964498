import Foundation

/// The day's round as a concierge's tablet holds it (issue 18, point 1): the stops in route
/// order, and for each its open parcels, its remarks and who lives there as a first name and
/// an initial. The street and number stay, because a stop is an address; postcode, town,
/// phone, references and full names do not leave the hub.
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

public struct TabletResident: Sendable, Equatable {
    public var id: Int64
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
    public var residentId: Int64
    public var medication: Bool
    public var coldChain: Bool
    public var deadlineAt: Date?
    /// Not home on an earlier try: this is a retry.
    public var retry: Bool
}

extension TabletRound {
    /// The stops of `list` that still have something to hand over; settled parcels stay at the hub.
    init(list: DayList, issuedAt: Date, nextSeq: Int64) {
        let stops = list.stops.compactMap { stop -> TabletStop? in
            let parcels = stop.parcels.compactMap(TabletParcel.init)
            guard !parcels.isEmpty else { return nil }
            var residents: [TabletResident] = []
            for parcel in stop.parcels {
                guard let resident = parcel.resident, !residents.contains(where: { $0.id == resident.id }) else { continue }
                residents.append(TabletResident(id: resident.id, shortName: TabletResident.shortName(resident.name)))
            }
            let address = "\(stop.address.street) \(stop.address.houseNumber)"
            return TabletStop(address: address, residents: residents, parcels: parcels, remarks: stop.remarks.map(\.nl))
        }
        self.init(day: list.day, issuedAt: issuedAt, nextSeq: nextSeq, stops: stops)
    }

    public var barcodes: [String] { stops.flatMap { $0.parcels.map(\.barcode) } }
}

extension TabletParcel {
    init?(_ view: ParcelView) {
        guard let resident = view.resident, view.outcome == nil || view.status == .notHome else { return nil }
        self.init(
            barcode: view.barcode, supplier: view.supplierName, residentId: resident.id, medication: view.medication,
            coldChain: view.coldChain, deadlineAt: view.deadlineAt, retry: view.status == .notHome
        )
    }
}
