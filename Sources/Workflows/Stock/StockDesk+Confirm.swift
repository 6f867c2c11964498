import Foundation
import Inventory

extension StockDesk {
    /// Books the batch in one transaction. On a refusal the batch stays open exactly as it was,
    /// so staff fix the line the message names (undo, quantity) and confirm again.
    public func confirm(by actor: StaffActor, device: String? = nil) async throws -> StockDeskReceipt {
        let open = try requireBatch()
        guard !open.isEmpty else { throw StockDeskMessages.emptyBatch }
        booking = true
        defer { booking = false }
        let receipt: StockDeskReceipt
        if open.mode == .stocktake {
            let differences = try await stores.stock.stocktakeDifferences(counted: open.stockLines)
            let movements = try await stores.stock.applyStocktake(differences, by: actor, device: device)
            receipt = StockDeskReceipt(batch: open.view(), movements: movements.count, loans: [], warnings: [], orderSlipId: nil)
        } else {
            let result = try await stores.stock.book(StockBatch(mode: try open.stockMode(by: actor), lines: open.stockLines), by: actor, device: device)
            receipt = StockDeskReceipt(
                batch: open.view(), movements: result.movements.count, loans: result.loans,
                warnings: open.view().warnings + result.warnings, orderSlipId: result.orderSlipId
            )
        }
        batch = nil
        generation += 1
        logger.notice("stock desk batch booked", metadata: [
            "mode": "\(open.mode.rawValue)", "lines": "\(open.lines.count)", "movements": "\(receipt.movements)", "staff": "\(actor.name)",
        ])
        await events.publish(HubEvent(
            kind: .stock, time: calendar.now(), device: device ?? "stock-desk", barcode: nil, message: StockDeskMessages.booked(receipt),
            stock: StockDeskNotice(mode: open.mode, accepted: true, line: nil, lines: 0, units: 0)
        ))
        return receipt
    }

    /// `kiosk stock stocktake apply`: books the open count's differences; refused for any other batch.
    public func confirmStocktake(by actor: StaffActor, device: String? = nil) async throws -> StockDeskReceipt {
        let open = try requireBatch()
        guard open.mode == .stocktake else { throw StockDeskMessages.notStocktake(open.mode) }
        return try await confirm(by: actor, device: device)
    }

    /// The open receive batch against the last order slip, before anything is booked.
    public func compareWithOrderSlip() async throws -> VanComparison {
        let open = try requireBatch()
        guard open.mode == .receive else { throw StockDeskMessages.notReceive(open.mode) }
        return try await stores.stock.compareWithLastOrderSlip(open.stockLines)
    }

    /// The open stocktake's count against the ledger; nothing is written.
    public func stocktakeDifferences() async throws -> [StocktakeDifference] {
        let open = try requireBatch()
        guard open.mode == .stocktake else { throw StockDeskMessages.notStocktake(open.mode) }
        return try await stores.stock.stocktakeDifferences(counted: open.stockLines)
    }
}

extension StockDeskBatch {
    /// The lines as the ledger books them.
    var stockLines: [StockLine] {
        lines.map { StockLine(gtin: $0.gtin, articleId: $0.articleId, serial: $0.serial, batch: $0.batch, expiry: $0.expiry, quantity: $0.quantity) }
    }

    /// The desk's mode as a booking; the one confirming a cleaning batch is its inspector.
    func stockMode(by actor: StaffActor) throws -> StockMode {
        switch mode {
        case .receive: return .receive
        case .issue:
            guard let resident else { throw StockDeskMessages.residentNeeded }
            return .issue(residentId: resident.id, parcelId: nil)
        case .return: return .return
        case .cleaningDone: return .cleaned(inspector: actor.name)
        case .sendBack: return .sendBack
        case .writeOff:
            guard let reason else { throw StockDeskMessages.reasonNeeded }
            return .writeOff(reason: reason)
        case .stocktake: throw StockDeskMessages.notStocktake(mode)
        }
    }
}
