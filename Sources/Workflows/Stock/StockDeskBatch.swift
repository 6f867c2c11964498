import Foundation
import Inventory

/// The open batch as a value: lines, the steps that built them (so undo can take back exactly
/// the last one), and the limits that keep a forgotten batch from growing without end.
struct StockDeskBatch: Sendable {
    /// What one step did, so undo restores the batch as it was before it.
    enum Step: Sendable {
        case added(line: Int)
        case counted(line: Int, previous: Int)
    }

    static let maxLines = 500
    static let maxQuantity = 9_999

    let mode: StockDeskMode
    let resident: StockDeskResident?
    /// Why a write-off batch writes off, said when it is opened.
    let reason: String?
    let startedBy: StaffActor
    let startedAt: Date
    private(set) var lines: [StockDeskLine] = []
    private var steps: [Step] = []

    init(mode: StockDeskMode, resident: StockDeskResident?, reason: String? = nil, startedBy: StaffActor, startedAt: Date) {
        self.mode = mode
        self.resident = resident
        self.reason = reason
        self.startedBy = startedBy
        self.startedAt = startedAt
    }

    var isEmpty: Bool { lines.isEmpty }

    /// Adds a scanned label; a consumable already on a line counts up, a serial seen before is refused.
    mutating func add(_ scanned: StockLabel, article: StockDeskArticle, warnings: [LocalizedText]) throws -> StockDeskLine {
        let tracksSerials = article.tracksSerials
        var label = scanned
        if !tracksSerials { label.serial = nil }
        if let serial = label.serial, let line = lines.first(where: { $0.serial == serial && $0.gtin == label.gtin }) {
            throw StockDeskMessages.serialTwice(serial, line: line.number)
        }
        if tracksSerials, label.serial == nil { throw StockDeskMessages.serialMissing(article.name) }
        if mode.serialsOnly, label.serial == nil { throw StockDeskMessages.serialNeeded(mode) }
        if !tracksSerials, let index = lines.firstIndex(where: { $0.isSameGoods(as: label) }) {
            guard lines[index].quantity < Self.maxQuantity else { throw StockDeskMessages.quantityOutOfRange(lines[index].quantity + 1) }
            steps.append(.counted(line: index, previous: lines[index].quantity))
            lines[index].quantity += 1
            return lines[index]
        }
        guard lines.count < Self.maxLines else { throw StockDeskMessages.batchFull(Self.maxLines) }
        let line = StockDeskLine(
            number: lines.count + 1, articleId: article.id, gtin: label.gtin, articleName: article.name, serial: label.serial,
            batch: label.batch, expiry: label.expiry, quantity: 1, warnings: warnings
        )
        lines.append(line)
        steps.append(.added(line: lines.count - 1))
        return line
    }

    /// Takes back the last scan or quantity change; nil when there is nothing to take back.
    mutating func undo() -> StockDeskLine? {
        guard let step = steps.popLast() else { return nil }
        switch step {
        case .added(let index):
            return lines.remove(at: index)
        case .counted(let index, let previous):
            let before = lines[index]
            lines[index].quantity = previous
            return before
        }
    }

    /// The keypad's quantity for the last line: only for counted goods, never for a loan unit.
    mutating func setQuantity(_ quantity: Int) throws -> StockDeskLine {
        guard (1...Self.maxQuantity).contains(quantity) else { throw StockDeskMessages.quantityOutOfRange(quantity) }
        guard let index = lastTouchedLine else { throw StockDeskMessages.nothingScanned }
        guard lines[index].serial == nil else { throw StockDeskMessages.quantityOfLoanUnit(lines[index]) }
        steps.append(.counted(line: index, previous: lines[index].quantity))
        lines[index].quantity = quantity
        return lines[index]
    }

    /// How many of an article the batch already holds, for the shelf check while issuing.
    func quantity(ofArticle id: Int64) -> Int {
        lines.filter { $0.articleId == id }.reduce(0) { $0 + $1.quantity }
    }

    private var lastTouchedLine: Int? {
        switch steps.last {
        case .added(let index), .counted(let index, _): index
        case nil: nil
        }
    }

    func view() -> StockDeskView {
        var totals: [StockDeskTotal] = []
        for line in lines {
            if let index = totals.firstIndex(where: { $0.articleId == line.articleId }) {
                totals[index].quantity += line.quantity
            } else {
                totals.append(StockDeskTotal(articleId: line.articleId, articleName: line.articleName, quantity: line.quantity))
            }
        }
        return StockDeskView(
            mode: mode, resident: resident, startedBy: startedBy.name, startedAt: startedAt, lines: lines, totals: totals,
            units: lines.reduce(0) { $0 + $1.quantity }, warnings: lines.flatMap(\.warnings)
        )
    }
}
