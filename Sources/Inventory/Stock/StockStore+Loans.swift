import Foundation
import GRDB

extension StockStore {
    /// Open loans, earliest due first: all of them, those due within `days` from today
    /// (overdue ones included), or only the overdue ones.
    public func loans(dueWithin days: Int? = nil, overdueOnly: Bool = false) async throws -> [LoanView] {
        let today = calendar.today
        let limit: LocalDay? = overdueOnly ? today.adding(days: -1, in: calendar) : days.map { today.adding(days: $0, in: calendar) }
        return try await database.pool.read { db in
            try Self.loanViews(db, dueOnOrBefore: limit, today: today)
        }
    }

    /// Moves an open loan's due date. Up to the article's maximum term from the issue day with
    /// Vegro's agreement; past it only with an override reason, which is kept on the loan.
    @discardableResult
    public func extend(
        serial: String, _ change: LoanExtension, agreedBy: String, overrideReason: String?, by actor: StaffActor
    ) async throws -> Loan {
        let trimmed = serial.trimmingCharacters(in: .whitespaces)
        let agreed = agreedBy.trimmingCharacters(in: .whitespaces)
        let reason = overrideReason.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        guard !agreed.isEmpty else {
            throw InventoryError(
                .invalidInput,
                nl: "wie bij Vegro heeft ingestemd? geef een naam mee",
                en: "who at Vegro agreed? give a name"
            )
        }
        let now = calendar.now()
        let calendar = calendar
        return try await database.pool.write { db in
            guard var loan = try Loan.filter(Column("serial") == trimmed && Column("closed_at") == nil).fetchOne(db) else {
                throw InventoryError(
                    .notFound,
                    nl: "geen lopende uitleen voor \(trimmed) — controleer het serienummer (`kiosk stock loans`)",
                    en: "no open loan for \(trimmed) — check the serial (`kiosk stock loans`)"
                )
            }
            let article = try Self.requireArticle(id: loan.articleId, db)
            let due = try Self.newDue(loan, change, calendar: calendar)
            let maximum = loan.issuedOn.adding(days: article.maxLoanWeeks * 7, in: calendar)
            if due > maximum, reason == nil {
                throw InventoryError(
                    .refused,
                    nl: "\(article.name) \(trimmed) mag tot \(maximum) (\(article.maxLoanWeeks) weken) — langer alleen met een reden (--override-reason)",
                    en: "\(article.name) \(trimmed) may stay out until \(maximum) (\(article.maxLoanWeeks) weeks) — longer only with a reason (--override-reason)"
                )
            }
            loan.dueOn = due
            loan.extendedOn = calendar.day(of: now)
            loan.agreedBy = agreed
            loan.overrideReason = due > maximum ? reason : nil
            try loan.update(db)
            try AuditLog.record(
                db, at: now, actor: actor, action: "stock.loan.extend", residentID: loan.residentId, subject: "\(trimmed) until \(due)"
            )
            return loan
        }
    }

    /// Loans that reach one of the reminder weeks (12 and 25 by default) exactly on `day`,
    /// so a daily run reminds each loan once per reminder week.
    public func reminders(on day: LocalDay) async throws -> [LoanReminder] {
        let calendar = calendar
        let weeks = rules.reminderWeeks
        let issuedDays = weeks.map { day.adding(days: -7 * $0, in: calendar) }
        return try await database.pool.read { db in
            var reminders: [LoanReminder] = []
            for (week, issued) in zip(weeks, issuedDays) {
                for view in try Self.loanViews(db, issuedOn: issued, today: day) {
                    reminders.append(LoanReminder(loan: view, week: week))
                }
            }
            return reminders
        }
    }

    private static func newDue(_ loan: Loan, _ change: LoanExtension, calendar: HubCalendar) throws -> LocalDay {
        switch change {
        case .weeks(let weeks):
            guard weeks > 0 else {
                throw InventoryError(.invalidInput, nl: "verleng met minstens 1 week", en: "extend by at least 1 week")
            }
            return loan.dueOn.adding(days: weeks * 7, in: calendar)
        case .until(let day):
            guard day > loan.dueOn else {
                throw InventoryError(
                    .invalidInput,
                    nl: "\(day) ligt niet na de huidige einddatum \(loan.dueOn) — kies een latere datum",
                    en: "\(day) is not after the current due date \(loan.dueOn) — choose a later date"
                )
            }
            return day
        }
    }

    static func loanViews(_ db: Database, dueOnOrBefore limit: LocalDay? = nil, issuedOn: LocalDay? = nil, today: LocalDay) throws -> [LoanView] {
        var sql = """
            SELECT loan.*, article.number AS article_number, article.name AS article_name,
                   resident.name AS resident_name, resident.reference AS resident_reference
            FROM loan JOIN article ON article.id = loan.article_id
            LEFT JOIN resident ON resident.id = loan.resident_id
            WHERE loan.closed_at IS NULL
            """
        var arguments: StatementArguments = []
        if let limit { sql += " AND loan.due_on <= ?"; arguments += [limit] }
        if let issuedOn { sql += " AND loan.issued_on = ?"; arguments += [issuedOn] }
        sql += " ORDER BY loan.due_on, loan.serial"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let loan = try Loan(row: row)
            return LoanView(
                loan: loan, articleNumber: row["article_number"], articleName: row["article_name"],
                residentName: row["resident_name"], residentReference: row["resident_reference"], overdue: loan.dueOn < today
            )
        }
    }
}
