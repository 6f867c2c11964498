import Foundation
import GRDB
import Synchronization

/// Acknowledgements from the check-in and payment tasks. A kiosk request caught by a kill can
/// hang until its client timeout, so a cycle waits for them only briefly; a late answer still
/// lands here. A confirmation is counted before it is sent, so it bounds what can be stored.
final class LateAcknowledgements: Sendable {
    private struct State {
        var checkIns = 0
        var confirmsSent = 0
        var payments = Set<String>()
    }

    private let state = Mutex(State())

    func confirming() { state.withLock { $0.confirmsSent += 1 } }
    func checkedIn() { state.withLock { $0.checkIns += 1 } }
    func paid(_ reference: String) { _ = state.withLock { $0.payments.insert(reference) } }

    var checkIns: Int { state.withLock { $0.checkIns } }
    var confirmsSent: Int { state.withLock { $0.confirmsSent } }
    var payments: Set<String> { state.withLock { $0.payments } }
}

/// What hubd acknowledged across all crash cycles, and the checks each restart must pass.
struct CrashLedger {
    var scans = Set<String>()
    var checkIns = 0
    var confirmsSent = 0
    var payments = Set<String>()
    var paymentsTried = 0

    /// Takes what the tasks acknowledged so far: only the lower bounds, read before the database.
    mutating func gather(_ late: LateAcknowledgements) {
        checkIns = late.checkIns
        confirmsSent = late.confirmsSent
        payments = late.payments
    }

    /// Read from the database file while the restarted hubd runs (WAL lets a reader in).
    /// `confirmsSent` is read after the database, as the upper bound it is.
    func check(database path: String, confirmsSent: () -> Int) throws -> [String] {
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
            let confirmed = confirmsSent()
            if uses > confirmed { problems.append("\(uses) check-ins stored for \(confirmed) confirmations") }
            for reference in payments {
                let statuses = try String.fetchAll(db, sql: "SELECT status FROM payment WHERE reference = ?", arguments: [reference])
                if statuses != ["approved"] { problems.append("acknowledged payment \(reference) stored as \(statuses)") }
            }
            return problems
        }
    }
}
