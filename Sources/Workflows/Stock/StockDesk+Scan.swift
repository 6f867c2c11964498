import Devices
import Foundation
import Inventory

extension StockDesk {
    /// What became of one input at the stock scanner.
    enum ScanOutcome {
        case added(StockDeskLine, StockDeskView)
        case refused(LocalizedText)
    }

    /// Stock scanner → batch line. Green or red, and the console's event, come only after the
    /// line is in the batch (or refused), never before.
    @discardableResult
    public func handle(_ input: InputEvent) async -> HubEvent {
        let outcome: ScanOutcome
        var barcode: String?
        switch input.payload {
        case .code(let code):
            barcode = code.text
            outcome = await scan(code)
        case .rejected(let rejection):
            logger.warning("stock scan rejected", metadata: ["device": "\(input.device)", "reason": "\(rejection.message)"])
            outcome = .refused(StockScanMessages.rejected(rejection))
        case .tap:
            outcome = .refused(StockScanMessages.tapAtScanner)
        case .button:
            outcome = .refused(StockScanMessages.notTaken)
        }
        let event = self.event(outcome, barcode: barcode, input: input)
        await feedback.signal(event.stock?.accepted == true ? .accepted : .rejected, device: input.device)
        await events.publish(event)
        return event
    }

    private func event(_ outcome: ScanOutcome, barcode: String?, input: InputEvent) -> HubEvent {
        switch outcome {
        case .added(let line, let view):
            logger.notice("stock scan recorded", metadata: [
                "device": "\(input.device)", "mode": "\(view.mode.rawValue)", "line": "\(line.number)", "gtin": "\(line.gtin)",
                "quantity": "\(line.quantity)",
            ])
            let notice = StockDeskNotice(mode: view.mode, accepted: true, line: line, lines: view.lines.count, units: view.units)
            return HubEvent(kind: .stock, time: input.time, device: input.device, barcode: barcode, message: StockScanMessages.added(line, view), stock: notice)
        case .refused(let text):
            logger.warning("stock scan refused", metadata: ["device": "\(input.device)", "reason": "\(text.en)"])
            let view = batch?.view()
            let notice = StockDeskNotice(mode: view?.mode, accepted: false, line: nil, lines: view?.lines.count ?? 0, units: view?.units ?? 0)
            return HubEvent(kind: .stock, time: input.time, device: input.device, barcode: barcode, message: text, stock: notice)
        }
    }

    func scan(_ code: ScannedCode) async -> ScanOutcome {
        guard let open = batch, !booking else { return .refused(StockScanMessages.noBatch) }
        let generation = self.generation
        switch StockScanReader.read(code, suppliers: stores.suppliers, currentYear: calendar.currentYear) {
        case .badCheckDigit(let number): return .refused(StockScanMessages.badCheckDigit(number))
        case .parcel(let text): return .refused(StockScanMessages.parcel(text))
        case .notAnArticle(let text): return .refused(StockScanMessages.notAnArticle(text))
        case .article(let label):
            do {
                guard let found = try await stores.articles.article(gtin: label.gtin) else {
                    return .refused(StockScanMessages.unknownArticle(label.gtin))
                }
                let warnings = try await check(label, found, in: open)
                guard generation == self.generation, var current = batch, !booking else { return .refused(StockDeskMessages.batchChanged) }
                let line = try current.add(label, article: StockDeskArticle(found), warnings: warnings)
                batch = current
                return .added(line, current.view())
            } catch let error as InventoryError {
                return .refused(error.text)
            } catch {
                logger.error("stock scan NOT recorded", metadata: ["error": "\(error)"])
                return .refused(StockScanMessages.notTaken)
            }
        }
    }

    /// The checks a scan can fail before confirm: a loan unit's next step must be allowed from
    /// where it is now, a hygiene article never comes back, the shelf must hold what is issued,
    /// and expired goods are never issued. Confirm checks all of it again in one transaction.
    private func check(_ label: StockLabel, _ article: Article, in open: StockDeskBatch) async throws -> [LocalizedText] {
        let mode = open.mode
        if article.kind == .loan, let serial = label.serial, let event = mode.unitEvent {
            let unit = try await stores.stock.unit(serial: serial)
            if let unit, unit.articleId != article.id { throw StockDeskMessages.wrongArticle(serial, scanned: article.name) }
            _ = try UnitState.transition(from: unit?.state, on: event, unit: UnitLabel(articleName: article.name, serial: serial))
        }
        if article.kind == .hygiene, mode == .return { throw StockDeskMessages.hygieneBack(article.name) }
        if article.kind != .loan, mode == .issue, let id = article.id {
            let level = try await stores.stock.level(articleId: id)
            if open.quantity(ofArticle: id) + 1 > level { throw StockDeskMessages.shelfShort(article.name, level: level) }
        }
        return try expiryWarnings(label, article, mode: mode)
    }

    private func expiryWarnings(_ label: StockLabel, _ article: Article, mode: StockDeskMode) throws -> [LocalizedText] {
        guard let expiry = label.expiry, mode == .receive || mode == .issue else { return [] }
        let now = calendar.now()
        if expiry < calendar.day(of: now) {
            if mode == .issue { throw StockDeskMessages.expiredIssue(article.name, expiry) }
            return [StockDeskMessages.expired(article.name, expiry)]
        }
        if expiry <= calendar.day(of: now.addingTimeInterval(30 * 86_400)) {
            return [StockDeskMessages.expiresSoon(article.name, expiry)]
        }
        return []
    }
}

extension StockDeskMode {
    /// What this mode does to a loan unit; nil for a count, which moves nothing.
    var unitEvent: UnitEvent? {
        switch self {
        case .receive: .receive
        case .issue: .handOver
        case .return: .giveBack
        case .cleaningDone: .signOffCleaning
        case .sendBack: .sendBack
        case .writeOff: .writeOff
        case .stocktake: nil
        }
    }
}
