import Central
import Foundation
import HubAPI
import Inventory

/// What the uploader last did, for `kiosk status`; the outbox itself says what waits.
actor CentralSyncState {
    private(set) var state: HubAPI.CentralSyncStatus.State = .idle
    private(set) var lastUploadAt: Date?
    private(set) var lastError: String?
    private(set) var lastErrorAt: Date?
    private(set) var retryAt: Date?
    private(set) var referenceAppliedAt: Date?
    private(set) var referenceError: String?

    /// `problem`: settings that keep the uploader from starting at all.
    init(stoppedBy problem: CentralError? = nil, at time: Date = Date()) {
        if let problem {
            state = .stopped
            lastError = problem.message
            lastErrorAt = time
        }
    }

    func uploading() {
        state = .uploading
    }

    func uploaded(at time: Date) {
        lastUploadAt = time
    }

    func referenceApplied(at time: Date) {
        referenceAppliedAt = time
        referenceError = nil
    }

    func referenceFailed(_ message: String) {
        referenceError = message
    }

    func settled() {
        state = .idle
        retryAt = nil
    }

    func failed(_ error: CentralError, at time: Date, retryAt: Date?) {
        lastError = error.message
        lastErrorAt = time
        self.retryAt = retryAt
        state = switch error.code {
        case .hashMismatch, .gap, .badSettings: .stopped
        case .versionTooOld: .tooOld
        case .unreachable, .refused, .server: .retrying
        }
    }

    func report(hubID: String, backlog: OutboxStore.Backlog, referenceVersion: Int64) -> HubAPI.CentralSyncStatus {
        HubAPI.CentralSyncStatus(
            hubId: hubID, state: state, waiting: backlog.waiting, oldestWaiting: backlog.oldestWaiting,
            lastUploadAt: lastUploadAt ?? backlog.lastUploadedAt, lastError: lastError, lastErrorAt: lastErrorAt,
            retryAt: retryAt, epoch: backlog.epoch, nextSeq: backlog.nextSeq,
            referenceVersion: referenceVersion, referenceAppliedAt: referenceAppliedAt, referenceError: referenceError
        )
    }
}
