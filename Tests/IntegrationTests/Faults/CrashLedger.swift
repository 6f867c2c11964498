import Foundation
import GRDB

/// What hubd acknowledged across all crash cycles, and the checks each restart must pass.
struct CrashLedger {
    var scans = Set<String>()
    var checkIns = 0
    var confirmsSent = 0
    var payments = Set<String>()
    var paymentsTried = 0

    /// Read from the database file while the restarted hubd runs (WAL lets a reader in).
    func check(database path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            var problems: [String] = []
            let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer"
            if integrity != "ok" { problems.append("integrity_check: \(integrity)") }
            let counts = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT barcode, COUNT(*) AS n FROM parcel GROUP BY barcode").map {
                ($0["barcode"] as String, $0["n"] as Int)
            })
            for (barcode, count) in counts where count > 1 { problems.append("scan \(barcode) stored \(count) times") }
            for barcode in scans where counts[barcode] == nil { problems.append("acknowledged scan \(barcode) lost") }
            let uses = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM service_use") ?? 0
            if uses < checkIns { problems.append("\(checkIns) check-ins acknowledged, \(uses) stored") }
            if uses > confirmsSent { problems.append("\(uses) check-ins stored for \(confirmsSent) confirmations") }
            for reference in payments {
                let statuses = try String.fetchAll(db, sql: "SELECT status FROM payment WHERE reference = ?", arguments: [reference])
                if statuses != ["approved"] { problems.append("acknowledged payment \(reference) stored as \(statuses)") }
            }
            return problems
        }
    }
}
