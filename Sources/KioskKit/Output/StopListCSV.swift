import Foundation
import HubAPI

/// The stop list a route planner imports: one row per address with parcels still to deliver.
enum StopListCSV {
    static let header = ["name", "street", "number", "postcode", "town", "parcel count", "remarks"]

    static func render(_ list: DayList, language: Language) throws -> String {
        let rows = list.stops.filter { $0.parcelCount > 0 }.map { stop in
            let a = stop.address
            return [
                stop.residentNames.joined(separator: " / "), a.street, a.houseNumber, a.postcode, a.town,
                String(stop.parcelCount), stop.remarks.map { $0(language) }.joined(separator: "; "),
            ]
        }
        return try CSVText.render(header: header, rows: rows)
    }
}
