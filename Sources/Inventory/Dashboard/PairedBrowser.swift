import Foundation
import GRDB

/// A browser that asked to reach the staff dashboard, as staff see it in `kiosk dashboard list`.
/// Its token stays out of this type: only the browser holds it, the table keeps its digest.
public struct PairedBrowser: Sendable, Equatable, Codable, FetchableRecord, TableRecord {
    public var id: Int64
    /// What the browser said it is (its user agent, shortened), so staff recognise the tablet.
    public var label: String
    public var requestedAt: Date
    public var approvedAt: Date?
    public var approvedBy: Int64?
    public var revokedAt: Date?

    public static let databaseTableName = "browser"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public enum Columns {
        public static let id = Column("id")
        public static let tokenDigest = Column("token_digest")
        public static let code = Column("code")
        public static let label = Column("label")
        public static let requestedAt = Column("requested_at")
        public static let approvedAt = Column("approved_at")
        public static let approvedBy = Column("approved_by")
        public static let revokedAt = Column("revoked_at")
    }

    public var isPaired: Bool { approvedAt != nil && revokedAt == nil }
}

extension DerivableRequest<PairedBrowser> {
    /// Asked for, not yet approved or revoked, and asked since `since`.
    func waiting(since: Date) -> Self {
        filter(PairedBrowser.Columns.approvedAt == nil && PairedBrowser.Columns.revokedAt == nil && PairedBrowser.Columns.requestedAt >= since)
    }

    func withToken(_ digest: Data) -> Self {
        filter(PairedBrowser.Columns.tokenDigest == digest)
    }
}

/// Where a browser stands, decided from the token in its cookie.
public enum BrowserStanding: Sendable, Equatable {
    /// No such token, or a request that waited too long: the browser must ask again.
    case unknown
    /// Asked; staff have not approved it yet. The code is what the browser shows.
    case waiting(id: Int64, code: String)
    case paired(id: Int64)
    case revoked
}
