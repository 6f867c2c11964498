import Foundation
import GRDB
import Inventory

/// Adds ten years of parcels to the generated ledger, so the reports (month, quarter, year, the
/// delivery chart, an invoice) are timed on a decade of deliveries too: 24 parcels a day from
/// three suppliers to the 200 residents, three in four handed over in person, one in ten not
/// home first. Written straight into the tables, a month per transaction, because only the
/// reading side is measured.
enum ParcelHistoryGenerator {
    static let suppliers = [("vegro", "VG%08d"), ("apotheek", "AP%010d"), ("tafeltje", "TDJ-%06d")]
    static let outcomes = Array(repeating: "contact", count: 15) + ["letterbox", "letterbox", "letterbox", "neighbour", "returned"]

    static func write(_ database: HubDatabase, days: Int, calendar: HubCalendar, start: Date) throws -> Int {
        let residents = try database.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM resident ORDER BY id") }
        guard !residents.isEmpty else { return 0 }
        var serial = 0
        for month in stride(from: 0, to: days, by: 30) {
            try database.pool.write { db in
                for day in month..<min(days, month + 30) {
                    let morning = start.addingTimeInterval(Double(day) * 86_400 + 8 * 3_600)
                    let text = calendar.day(of: morning).text
                    for _ in 0..<24 {
                        serial += 1
                        try insert(serial, on: text, at: morning, resident: residents[serial % residents.count], db)
                    }
                }
            }
        }
        return serial
    }

    private static func insert(_ serial: Int, on day: String, at morning: Date, resident: Int64, _ db: Database) throws {
        let (supplier, format) = suppliers[serial % suppliers.count]
        let outcome = outcomes[serial % outcomes.count]
        let handedOver = morning.addingTimeInterval(4 * 3_600)
        try db.execute(sql: """
            INSERT INTO parcel (barcode, supplier_id, received_at, received_on, device, resident_id, assigned_at, cold_chain, medication,
                                deadline_at, outcome, outcome_at, closed_on, attempts)
            VALUES (?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """, arguments: [
                String(format: format, serial), supplier, morning, day, resident, morning, supplier == "tafeltje", supplier == "apotheek",
                supplier == "tafeltje" ? morning.addingTimeInterval(4 * 3_600) : nil, outcome, handedOver, day,
            ])
        let parcel = db.lastInsertedRowID
        if serial % 10 == 0 {
            try db.execute(sql: "INSERT INTO delivery_attempt (parcel_id, outcome, recorded_at, recorded_by) VALUES (?, 'not-home', ?, 'bench')",
                           arguments: [parcel, morning.addingTimeInterval(3_600)])
        }
        try db.execute(sql: "INSERT INTO delivery_attempt (parcel_id, outcome, recorded_at, recorded_by) VALUES (?, ?, ?, 'bench')",
                       arguments: [parcel, outcome, handedOver])
    }
}
