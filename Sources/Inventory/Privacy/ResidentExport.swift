import Foundation
import GRDB

/// A subject-access export (GDPR Art. 15): every row in every table that refers to the resident,
/// column by column, as JSON. It reads the schema rather than a fixed list, so a table added
/// later cannot be forgotten. Blobs are left out: they are keyed digests (passes) and the audit
/// chain, which say nothing to anyone without the hub's key.
enum ResidentExport {
    /// Tables reached through another table rather than by `resident_id`.
    static let indirect: [(table: String, condition: String)] = [
        ("delivery_attempt", "parcel_id IN (SELECT id FROM parcel WHERE resident_id = ?)"),
        ("payment", "service_use_id IN (SELECT id FROM service_use WHERE resident_id = ?)"),
        ("payment_receipt_line", "payment_id IN (SELECT p.id FROM payment p JOIN service_use u ON u.id = p.service_use_id WHERE u.resident_id = ?)"),
    ]

    static func document(residentID: Int64, at now: Date, _ db: Database) throws -> Data {
        var tables: [String: Any] = ["resident": try rows(db, table: "resident", condition: "id = ?", residentID)]
        for table in try tablesWithResidentColumn(db) {
            tables[table] = try rows(db, table: table, condition: "resident_id = ?", residentID)
        }
        for (table, condition) in indirect {
            tables[table] = try rows(db, table: table, condition: condition, residentID)
        }
        let document: [String: Any] = [
            "resident_id": residentID,
            "exported_at": ISO8601DateFormatter().string(from: now),
            "tables": tables,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }

    static func tablesWithResidentColumn(_ db: Database) throws -> [String] {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
        return try names.filter { name in try db.columns(in: name).contains { $0.name == "resident_id" } }
    }

    private static func rows(_ db: Database, table: String, condition: String, _ residentID: Int64) throws -> [[String: Any]] {
        let quoted = table.quotedDatabaseIdentifier
        return try Row.fetchAll(db, sql: "SELECT * FROM \(quoted) WHERE \(condition) ORDER BY rowid", arguments: [residentID]).map { row in
            var object: [String: Any] = [:]
            for (column, value) in row {
                switch value.storage {
                case .null: object[column] = NSNull()
                case .int64(let number): object[column] = number
                case .double(let number): object[column] = number
                case .string(let text): object[column] = text
                case .blob: continue
                }
            }
            return object
        }
    }
}
