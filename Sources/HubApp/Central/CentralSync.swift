import Central
import Devices
import Foundation
import Inventory
import Logging

/// One conversation with central: say hello, settle what the two sides disagree on, send
/// what waits, a batch per central transaction, marking each batch sent only after central's
/// commit returned, and then take the reference data that changed.
struct CentralSync: Sendable {
    let outbox: OutboxStore
    let reference: ReferencePull
    let link: CentralLink
    let batchSize: Int
    let keepUploaded: TimeInterval
    let calendar: HubCalendar
    let state: CentralSyncState
    let logger: Logger

    /// The events central committed in this round; 0 without a conversation.
    func round(force: Bool = false) async throws -> Int {
        let backlog = try await outbox.backlog()
        guard backlog.waiting > 0 || force else { return 0 }
        await state.uploading()
        let sent = try await link.conversation { talk in
            let hello = try await talk.hello(payloadVersion: OutboxEvent.currentPayloadVersion, hubVersion: HubVersion.current, backlog: backlog.waiting)
            guard hello.acceptedVersions.contains(OutboxEvent.currentPayloadVersion) else {
                throw CentralError(.versionTooOld, "central reads payload versions \(hello.acceptedVersions.map(String.init).joined(separator: ", ")), this hubd writes \(OutboxEvent.currentPayloadVersion): update hubd — its events stay queued until then")
            }
            try await reconcile(hello, talk)
            let sent = try await upload(talk)
            await reference.pull(hello, talk)
            return sent
        }
        await state.settled()
        try await outbox.purge(uploadedBefore: calendar.now().addingTimeInterval(-keepUploaded))
        return sent
    }

    /// Central behind (restored from a dump): what it lost waits again. Central holding other
    /// events under this hub's numbers, or numbers beyond the hub's own (a restored backup, a
    /// cloned card): what central already has is marked sent, and the hub starts a new epoch.
    private func reconcile(_ hello: CentralHello, _ talk: CentralConversation) async throws {
        let held = Dictionary(hello.epochs.map { ($0.epoch, $0.lastSeq) }, uniquingKeysWith: max)
        for (epoch, sentThrough) in try await outbox.uploadedThrough() where sentThrough > held[epoch, default: 0] {
            let again = try await outbox.resend(epoch: epoch, after: held[epoch, default: 0])
            logger.warning("central lacks events it had committed — sending them again", metadata: [
                "epoch": "\(epoch)", "central_last": "\(held[epoch, default: 0])", "events": "\(again)",
            ])
        }
        var forked = false
        for (epoch, last) in held {
            let mine = try await outbox.waiting(epoch: epoch, through: last)
            guard let first = mine.first?.seq else { continue }
            let theirs = try await talk.eventHashes(epoch: epoch, from: first, through: last)
            let same = mine.filter { theirs[$0.seq] == $0.hash }
            try await outbox.markUploaded(same, at: calendar.now())
            forked = forked || same.count < mine.count
        }
        let position = try await outbox.position()
        guard forked || held[position.epoch, default: 0] >= position.nextSeq else { return }
        let reason = forked
            ? "central holds other events under this hub's numbers (a cloned card, or a restore)"
            : "central holds events up to \(held[position.epoch, default: 0]), this hub only up to \(position.nextSeq - 1) (restored from a backup?)"
        let next = try await outbox.startEpoch(reason: reason, centralLast: hello.lastSeq, now: calendar.now())
        logger.warning("new sync epoch: \(reason)", metadata: ["epoch": "\(next.epoch)", "next_seq": "\(next.nextSeq)"])
    }

    private func upload(_ talk: CentralConversation) async throws -> Int {
        var sent = 0
        while true {
            let events = try await outbox.waiting(limit: batchSize)
            guard !events.isEmpty else { return sent }
            let remaining = try await outbox.waitingCount() - events.count
            let receipt = try await talk.ingest(events.map(\.upload), remaining: remaining)
            FailPoint.reach("central.committed")
            try await outbox.markUploaded(events, at: calendar.now())
            await state.uploaded(at: calendar.now())
            sent += events.count
            logger.info("events sent to central", metadata: [
                "accepted": "\(receipt.accepted)", "repeated": "\(receipt.repeated)", "through": "\(events.last?.seq ?? 0)",
            ])
        }
    }
}

extension OutboxEvent {
    var upload: UploadEvent {
        UploadEvent(
            seq: seq, epoch: epoch, kind: kind, payloadVersion: payloadVersion, payload: payload,
            hubTime: hubTime, clockSynced: clockSynced, hash: hash
        )
    }
}
