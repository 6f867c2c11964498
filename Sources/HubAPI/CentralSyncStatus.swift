import Foundation

/// `kiosk status`: how this hub's reporting to central stands (issue 17).
public struct CentralSyncStatus: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        /// Nothing waiting, or waiting for the next look.
        case idle
        /// Connected and sending.
        case uploading
        /// Central could not be reached or refused; tried again after `retryAt`.
        case retrying
        /// Central reads only newer payload versions: events stay queued until hubd is updated.
        case tooOld = "too-old"
        /// A hash mismatch or a gap: uploading stopped until someone looks (see `lastError`).
        case stopped
    }

    public var hubId: String
    public var state: State
    public var waiting: Int
    /// The hub's clock when the oldest waiting event was made.
    public var oldestWaiting: String?
    public var lastUploadAt: Date?
    public var lastError: String?
    public var lastErrorAt: Date?
    public var retryAt: Date?
    public var epoch: String
    public var nextSeq: Int64
    /// The version of central's reference data (suppliers, services, articles) the hub holds; 0 before the first.
    public var referenceVersion: Int64
    public var referenceAppliedAt: Date?
    /// Why the last pull of reference data failed; nil once one succeeds.
    public var referenceError: String?

    public init(
        hubId: String, state: State, waiting: Int, oldestWaiting: String?, lastUploadAt: Date?, lastError: String?,
        lastErrorAt: Date?, retryAt: Date?, epoch: String, nextSeq: Int64,
        referenceVersion: Int64 = 0, referenceAppliedAt: Date? = nil, referenceError: String? = nil
    ) {
        self.referenceVersion = referenceVersion
        self.referenceAppliedAt = referenceAppliedAt
        self.referenceError = referenceError
        self.hubId = hubId
        self.state = state
        self.waiting = waiting
        self.oldestWaiting = oldestWaiting
        self.lastUploadAt = lastUploadAt
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
        self.retryAt = retryAt
        self.epoch = epoch
        self.nextSeq = nextSeq
    }
}
