import Devices
import Foundation
import Inventory
import Logging

/// The stock desk: one open batch at a time, filled by the stock scanner and booked only when
/// staff confirm it. Until then nothing touches the ledger, so a wrong scan costs an undo, not
/// a correction movement.
///
/// The actor awaits the stores between reading a scan and recording it; `generation` tells a
/// scan that the batch it was read for was confirmed or cancelled in the meantime.
public actor StockDesk {
    let stores: StockDeskStores
    let claims: TapClaims
    let calendar: HubCalendar
    let feedback: any FeedbackSink
    let events: EventBroadcaster
    let logger: Logger
    var batch: StockDeskBatch?
    var generation = 0
    /// Set while a confirm books the batch: scans arriving then are refused, not lost silently.
    var booking = false

    public init(
        stores: StockDeskStores, claims: TapClaims, calendar: HubCalendar, feedback: any FeedbackSink,
        events: EventBroadcaster, logger: Logger
    ) {
        self.stores = stores
        self.claims = claims
        self.calendar = calendar
        self.feedback = feedback
        self.events = events
        self.logger = logger
    }

    /// Opens a batch. For issuing, the resident is looked up (or their pass awaited) first,
    /// so a batch is never open for nobody.
    public func start(
        _ mode: StockDeskMode, resident choice: StockDeskResidentChoice, reason: String? = nil, by actor: StaffActor
    ) async throws -> StockDeskView {
        if let batch { throw StockDeskMessages.batchOpen(batch.view()) }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if mode.needsReason, reason?.isEmpty != false { throw StockDeskMessages.reasonNeeded }
        let resident = try await resolve(choice, for: mode)
        if let batch { throw StockDeskMessages.batchOpen(batch.view()) }
        let opened = StockDeskBatch(
            mode: mode, resident: resident, reason: mode.needsReason ? reason.map { String($0.prefix(200)) } : nil,
            startedBy: actor, startedAt: calendar.now()
        )
        batch = opened
        generation += 1
        logger.notice("stock desk batch started", metadata: [
            "mode": "\(mode.rawValue)", "staff": "\(actor.id ?? 0)", "resident": "\(resident.map { String($0.id) } ?? "-")",
        ])
        return opened.view()
    }

    public func show() throws -> StockDeskView {
        try requireBatch().view()
    }

    /// Loans reaching a reminder week today (12 and 25 by default), for the staff screen.
    public func loanReminders(on day: LocalDay) async -> [LoanReminder] {
        (try? await stores.stock.reminders(on: day)) ?? []
    }

    /// Open batch for `kiosk status`; nil when the desk is idle.
    public var current: StockDeskView? { batch?.view() }

    public func undo(by actor: StaffActor) throws -> StockDeskView {
        var open = try requireBatch()
        guard let removed = open.undo() else { throw StockDeskMessages.nothingScanned }
        batch = open
        logger.info("stock desk undo", metadata: ["line": "\(removed.number)", "staff": "\(actor.id ?? 0)"])
        return open.view()
    }

    public func setQuantity(_ quantity: Int, by actor: StaffActor) throws -> StockDeskView {
        var open = try requireBatch()
        let line = try open.setQuantity(quantity)
        batch = open
        logger.info("stock desk quantity", metadata: ["line": "\(line.number)", "quantity": "\(quantity)", "staff": "\(actor.id ?? 0)"])
        return open.view()
    }

    /// Drops the batch; nothing was booked, so nothing needs reversing.
    public func cancel(by actor: StaffActor) throws -> StockDeskView {
        let open = try requireBatch()
        batch = nil
        generation += 1
        logger.notice("stock desk batch cancelled", metadata: ["mode": "\(open.mode.rawValue)", "lines": "\(open.lines.count)", "staff": "\(actor.id ?? 0)"])
        return open.view()
    }

    func requireBatch() throws -> StockDeskBatch {
        guard let batch else { throw StockDeskMessages.noBatch }
        guard !booking else { throw StockDeskMessages.booking }
        return batch
    }

    private func resolve(_ choice: StockDeskResidentChoice, for mode: StockDeskMode) async throws -> StockDeskResident? {
        switch (choice, mode.needsResident) {
        case (.none, false): return nil
        case (.none, true): throw StockDeskMessages.residentNeeded
        case (_, false): throw StockDeskMessages.residentNotWanted(mode)
        case (.reference(let key), true):
            return StockDeskResident(try await stores.residents.resident(matching: key))
        case (.tap, true):
            logger.notice("waiting for a pass tap", metadata: ["for": "stock issue"])
            let tap = try await claims.next(.stockIssue, timeout: Self.tapWaitSeconds)
            guard case .resident(let resident, _) = try await stores.passes.holder(of: tap.digest) else {
                throw StockDeskMessages.tapNotResident
            }
            return StockDeskResident(resident)
        }
    }

    public static let tapWaitSeconds = 60.0
}
