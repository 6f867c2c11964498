import Foundation
import GRDB

/// A loan unit lent to a resident: opened by the issue, closed by the return or a write-off.
public struct Loan: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var articleId: Int64
    public var serial: String
    public var residentId: Int64?
    public var parcelId: Int64?
    public var issuedAt: Date
    public var issuedOn: LocalDay
    public var dueOn: LocalDay
    /// When the due date was last moved, and who at Vegro agreed.
    public var extendedOn: LocalDay?
    public var agreedBy: String?
    /// Set when an extension goes past the article's maximum term.
    public var overrideReason: String?
    public var closedAt: Date?

    public static let databaseTableName = "loan"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A loan as staff see it in a list.
public struct LoanView: Sendable, Equatable, Codable {
    public var loan: Loan
    public var articleNumber: String
    public var articleName: String
    public var residentName: String?
    public var residentReference: String?
    public var overdue: Bool

    public init(loan: Loan, articleNumber: String, articleName: String, residentName: String?, residentReference: String?, overdue: Bool) {
        self.loan = loan
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.residentName = residentName
        self.residentReference = residentReference
        self.overdue = overdue
    }
}

/// A loan that reached one of the reminder weeks on the given day.
public struct LoanReminder: Sendable, Equatable, Codable {
    public var loan: LoanView
    public var week: Int

    public init(loan: LoanView, week: Int) {
        self.loan = loan
        self.week = week
    }
}

/// How long to extend: by weeks from the current due date, or until a day.
public enum LoanExtension: Sendable, Equatable, Codable {
    case weeks(Int)
    case until(LocalDay)
}
