import CSV
import Foundation

/// The stop list a route planner imports: one row per address with parcels still to deliver.
public enum StopListCSV {
    public static let header = ["name", "street", "number", "postcode", "town", "parcel count", "remarks"]

    public static func render(_ list: DayList, language: Language) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: header)
        for stop in list.stops where stop.parcelCount > 0 {
            let a = stop.address
            try writer.write(row: [
                stop.residentNames.joined(separator: " / "), a.street, a.houseNumber, a.postcode, a.town,
                String(stop.parcelCount), stop.remarks.map { $0(language) }.joined(separator: "; "),
            ])
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
