import Foundation
import GRDB

/// One change central needs, as the outbox holds it until central has committed it.
public struct OutboxEvent: Sendable, Equatable, Codable, FetchableRecord, TableRecord {
    public static let databaseTableName = "outbox"
    /// The payload version this hubd writes.
    public static let currentPayloadVersion = OutboxTrigger.payloadVersion

    public enum Columns {
        static let seq = Column(CodingKeys.seq)
        static let epoch = Column(CodingKeys.epoch)
        static let hash = Column(CodingKeys.hash)
        static let uploadedAt = Column(CodingKeys.uploadedAt)
    }

    /// Gap-free across the hub's life: each epoch continues where the last stopped.
    public var seq: Int64
    public var epoch: String
    /// `parcel.received`, `stock.moved`, …: see `OutboxTrigger.all(version:)`.
    public var kind: String
    public var payloadVersion: Int
    /// A JSON object; its fields per kind are in the README ("What crosses the wire").
    public var payload: String
    /// The hub's clock when the change was made, in GRDB's UTC text.
    public var hubTime: String
    public var clockSynced: Bool
    /// SHA-256 over epoch, seq, kind, version, payload and hub time, hex.
    public var hash: String
    public var uploadedAt: Date?

    enum CodingKeys: String, CodingKey {
        case seq, epoch, kind, payload, hash
        case payloadVersion = "payload_version"
        case hubTime = "hub_time"
        case clockSynced = "clock_synced"
        case uploadedAt = "uploaded_at"
    }
}

extension DerivableRequest<OutboxEvent> {
    /// Not yet committed by central, oldest first.
    func waiting() -> Self {
        filter(OutboxEvent.Columns.uploadedAt == nil).order(OutboxEvent.Columns.seq)
    }
}
