import Foundation
import GRDB

/// Announced parcels. A scan of an announced barcode is assigned at once; an import also
/// assigns parcels that were scanned before their manifest arrived.
public struct ManifestStore: Sendable {
    public struct ImportResult: Sendable, Equatable, Codable {
        public var loaded: Int
        public var alreadyKnown: Int
        public var assignedNow: Int
        public var errors: [ManifestRowError]
    }

    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    /// The import is audited once, naming the file; the rows it assigned follow from the manifest.
    public func importRows(
        _ parsed: ManifestParser.Result, supplier: String?, source: String, by actor: StaffActor?
    ) async throws -> ImportResult {
        let now = calendar.now()
        return try await database.pool.write { db in
            var result = ImportResult(loaded: 0, alreadyKnown: 0, assignedNow: 0, errors: parsed.errors)
            for row in parsed.rows {
                let resident: Resident
                do {
                    resident = try ResidentStore.require(matching: row.resident, db)
                } catch let error as InventoryError {
                    result.errors.append(ManifestRowError(line: row.line, Self.rowResidentMissing(row, error)))
                    continue
                }
                guard let residentID = resident.id else { continue }
                if try Self.isKnown(row.barcode, residentID, db) {
                    result.alreadyKnown += 1
                } else {
                    var entry = ManifestEntry(
                        id: nil, barcode: row.barcode, residentId: residentID, supplierId: row.supplier ?? supplier,
                        source: source, line: row.line, importedAt: now
                    )
                    try entry.insert(db)
                    result.loaded += 1
                }
                result.assignedNow += try Self.assignWaiting(row.barcode, residentID, source, now, db)
            }
            result.errors.sort { $0.line < $1.line }
            if let actor {
                try AuditLog.record(db, at: now, actor: actor, action: "manifest.import", subject: source)
            }
            return result
        }
    }

    private static func isKnown(_ barcode: String, _ residentID: Int64, _ db: Database) throws -> Bool {
        try ManifestEntry.latest(for: barcode, db)?.residentId == residentID
    }

    private static func assignWaiting(_ barcode: String, _ residentID: Int64, _ source: String, _ now: Date, _ db: Database) throws -> Int {
        let waiting = try Parcel
            .filter(Column("barcode") == barcode && Column("resident_id") == nil && Column("closed_on") == nil)
            .fetchAll(db)
        for var parcel in waiting {
            parcel.residentId = residentID
            parcel.assignedAt = now
            parcel.assignedBy = "manifest \(source)"
            try parcel.update(db)
        }
        return waiting.count
    }

    private static func rowResidentMissing(_ row: ManifestRow, _ error: InventoryError) -> LocalizedText {
        LocalizedText(
            nl: "bewoner '\(row.resident)' voor barcode \(row.barcode) bestaat niet — voeg toe met `kiosk residents add` en importeer opnieuw",
            en: "resident '\(row.resident)' for barcode \(row.barcode) does not exist — add them with `kiosk residents add` and import again"
        )
    }
}
