import Foundation

/// What `kiosk audit verify` reports: how many rows were checked, and the first that does not
/// link to the one before it (changed, inserted, or following a deleted row).
public struct AuditVerification: Sendable, Equatable, Codable {
    public struct BrokenLink: Sendable, Equatable, Codable {
        public var id: Int64
        public var at: String
        /// The row before it that did verify, if any: rows up to there are intact.
        public var lastIntactID: Int64?
    }

    public var rows: Int
    public var brokenLinks: Int
    public var firstBroken: BrokenLink?
    /// The last link, hex: compare it with an earlier verification or a backup's to see rows
    /// cut off at the end.
    public var head: String?

    public var isIntact: Bool { brokenLinks == 0 }
}
