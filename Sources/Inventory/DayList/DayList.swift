import Foundation

/// The day's round: one stop per address, and the parcels that still need a resident.
public struct DayList: Sendable, Codable, Equatable {
    public var day: LocalDay
    public var stops: [Stop]
    public var unassigned: [ParcelView]

    public init(day: LocalDay, stops: [Stop], unassigned: [ParcelView]) {
        self.day = day
        self.stops = stops
        self.unassigned = unassigned
    }

    init(day: LocalDay, parcels: [ParcelView], residentRemarks: [Int64: String], calendar: HubCalendar) {
        let grouped = Dictionary(grouping: parcels.filter { $0.resident != nil }) { view in
            view.resident.map { Self.addressKey($0.address) } ?? ""
        }
        let stops = grouped.values.compactMap { group in
            Stop(parcels: group, residentRemarks: residentRemarks, calendar: calendar)
        }
        self.init(
            day: day,
            stops: stops.sorted { Self.routeOrder($0.address, $1.address) },
            unassigned: parcels.filter { $0.resident == nil && $0.status != .returned }
        )
    }

    static func addressKey(_ address: Address) -> String {
        [address.postcode, address.street, address.houseNumber].joined(separator: "|").lowercased()
    }

    /// Postcode, street, then house number in numeric order, so 2 comes before 10.
    static func routeOrder(_ lhs: Address, _ rhs: Address) -> Bool {
        if lhs.postcode != rhs.postcode { return lhs.postcode < rhs.postcode }
        if lhs.street != rhs.street { return lhs.street < rhs.street }
        return lhs.houseNumber.compare(rhs.houseNumber, options: .numeric) == .orderedAscending
    }
}
