import Foundation
import GRDB

extension ServiceUseStore {
    /// Auto-closed rides awaiting a staff look, oldest first.
    public func reviewQueue(by actor: StaffActor) async throws -> [ServiceUseView] {
        let now = calendar.now()
        return try await database.pool.write { db in
            let views = try Self.views(db, where: "service_use.review_state = 'pending'", arguments: [],
                                       order: "service_use.started_at, service_use.id", limit: nil)
            try AuditLog.record(db, at: now, actor: actor, action: "review.list", subject: "\(views.count) pending")
            return views
        }
    }

    /// How many rides wait for review: a number on the staff menu, which shows no one's records.
    public func reviewCount() async throws -> Int {
        try await database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM service_use WHERE review_state = 'pending'") ?? 0
        }
    }

    /// Marks a queued ride as reviewed, with an optional note.
    public func resolveReview(useID: Int64, note: String?, by actor: StaffActor) async throws -> ServiceUseView {
        let now = calendar.now()
        let cleanNote = try Self.reviewNote(note)
        return try await database.pool.write { db in
            guard var use = try ServiceUse.fetchOne(db, key: useID) else { throw Self.noUse(useID) }
            guard use.reviewState == .pending else { throw alreadyReviewed(use) }
            use.reviewState = .resolved
            use.reviewedAt = now
            use.reviewedBy = actor.name
            use.reviewNote = cleanNote
            try use.update(db)
            try AuditLog.record(db, at: now, actor: actor, action: "review.resolve", residentID: use.residentId, subject: "use \(useID)")
            return try Self.view(id: useID, db)
        }
    }

    /// Rides started on `day` in the order they started, or with no day the newest 500 of all
    /// days; `openOnly` keeps the rides not yet checked out.
    public func rides(on day: LocalDay?, openOnly: Bool, by actor: StaffActor) async throws -> [ServiceUseView] {
        let now = calendar.now()
        var clauses = ["service_use.kind = 'ride'"]
        var arguments: StatementArguments = []
        if let day {
            clauses.append("service_use.started_on = ?")
            arguments += [day]
        }
        if openOnly { clauses.append("service_use.ended_at IS NULL") }
        let order = day == nil ? "service_use.started_at DESC, service_use.id DESC" : "service_use.started_at, service_use.id"
        let filter = clauses.joined(separator: " AND ")
        let subject = (day?.text ?? "all") + (openOnly ? " open" : "")
        let filterArguments = arguments
        return try await database.pool.write { db in
            let views = try Self.views(db, where: filter, arguments: filterArguments, order: order, limit: day == nil ? 500 : nil)
            try AuditLog.record(db, at: now, actor: actor, action: "rides.list", subject: subject)
            return views
        }
    }

    static func reviewNote(_ raw: String?) throws(InventoryError) -> String? {
        guard let note = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty else { return nil }
        guard note.count <= 500 else {
            throw InventoryError(
                .invalidInput,
                nl: "notitie is te lang (\(note.count) tekens) — houd het bij 500 tekens",
                en: "note is too long (\(note.count) characters) — keep it to 500 characters"
            )
        }
        return note
    }
}
