import HubAPI
import Inventory
import Workflows

extension Inventory.LoanView: WireRepresentable {
    var wire: HubAPI.LoanView {
        HubAPI.LoanView(
            loan: loan.wire, articleNumber: articleNumber, articleName: articleName, residentName: residentName,
            residentReference: residentReference, overdue: overdue
        )
    }
}

extension Inventory.Loan: WireRepresentable {
    var wire: HubAPI.Loan {
        HubAPI.Loan(
            id: id, articleId: articleId, serial: serial, residentId: residentId, parcelId: parcelId, issuedAt: issuedAt,
            issuedOn: issuedOn.wire, dueOn: dueOn.wire, extendedOn: extendedOn.wire, agreedBy: agreedBy,
            overrideReason: overrideReason, closedAt: closedAt
        )
    }
}

extension Inventory.LoanReminder: WireRepresentable {
    var wire: HubAPI.LoanReminder {
        HubAPI.LoanReminder(loan: loan.wire, week: week)
    }
}

extension Workflows.StockDeskView: WireRepresentable {
    var wire: HubAPI.StockDeskView {
        HubAPI.StockDeskView(
            mode: mode.wire, resident: resident.wire, startedBy: startedBy, startedAt: startedAt, lines: lines.wire,
            totals: totals.wire, units: units, warnings: warnings.wire
        )
    }
}

extension Workflows.StockDeskResident: WireRepresentable {
    var wire: HubAPI.StockDeskResident {
        HubAPI.StockDeskResident(id: id, reference: reference, name: name)
    }
}

extension Workflows.StockDeskLine: WireRepresentable {
    var wire: HubAPI.StockDeskLine {
        HubAPI.StockDeskLine(
            number: number, articleId: articleId, gtin: gtin, articleName: articleName, serial: serial, batch: batch,
            expiry: expiry.wire, quantity: quantity, warnings: warnings.wire
        )
    }
}

extension Workflows.StockDeskTotal: WireRepresentable {
    var wire: HubAPI.StockDeskTotal {
        HubAPI.StockDeskTotal(articleId: articleId, articleName: articleName, quantity: quantity)
    }
}

extension Workflows.StockDeskMode: WireRepresentable {
    var wire: HubAPI.StockDeskMode {
        switch self {
        case .receive: .receive
        case .issue: .issue
        case .`return`: .`return`
        case .cleaningDone: .cleaningDone
        case .stocktake: .stocktake
        case .sendBack: .sendBack
        case .writeOff: .writeOff
        }
    }
}

extension Workflows.StockDeskMode: WireDecodable {
    init(wire: HubAPI.StockDeskMode) {
        switch wire {
        case .receive: self = .receive
        case .issue: self = .issue
        case .`return`: self = .`return`
        case .cleaningDone: self = .cleaningDone
        case .stocktake: self = .stocktake
        case .sendBack: self = .sendBack
        case .writeOff: self = .writeOff
        }
    }
}

extension Workflows.StockDeskReceipt: WireRepresentable {
    var wire: HubAPI.StockDeskReceipt {
        HubAPI.StockDeskReceipt(
            batch: batch.wire, movements: movements, loans: loans.wire, warnings: warnings.wire, orderSlipId: orderSlipId
        )
    }
}

extension Workflows.StockDeskNotice: WireRepresentable {
    var wire: HubAPI.StockDeskNotice {
        HubAPI.StockDeskNotice(mode: mode.wire, accepted: accepted, line: line.wire, lines: lines, units: units)
    }
}

extension Inventory.VanComparison: WireRepresentable {
    var wire: HubAPI.VanComparison {
        HubAPI.VanComparison(orderSlipId: orderSlipId, missing: missing.wire, extra: extra.wire, unexpected: unexpected.wire)
    }
}

extension Inventory.VanComparison.Line: WireRepresentable {
    var wire: HubAPI.VanComparison.Line {
        HubAPI.VanComparison.Line(
            articleId: articleId, articleNumber: articleNumber, articleName: articleName, ordered: ordered, scanned: scanned,
            unexpectedSerials: unexpectedSerials
        )
    }
}

extension Inventory.ExpiringBatch: WireRepresentable {
    var wire: HubAPI.ExpiringBatch {
        HubAPI.ExpiringBatch(
            articleId: articleId, articleNumber: articleNumber, articleName: articleName, batch: batch, expiresOn: expiresOn.wire,
            quantity: quantity
        )
    }
}

extension Inventory.StocktakeDifference: WireRepresentable {
    var wire: HubAPI.StocktakeDifference {
        HubAPI.StocktakeDifference(
            articleId: articleId, articleNumber: articleNumber, articleName: articleName, kind: kind.wire, expected: expected,
            counted: counted, missingSerials: missingSerials, unexpectedSerials: unexpectedSerials
        )
    }
}

extension Inventory.StockMovement: WireRepresentable {
    var wire: HubAPI.StockMovement {
        HubAPI.StockMovement(
            id: id, kind: kind.wire, articleId: articleId, serial: serial, batch: batch, expiresOn: expiresOn.wire, quantity: quantity,
            delta: delta, residentId: residentId, parcelId: parcelId, loanId: loanId, orderSlipId: orderSlipId, reversesId: reversesId,
            inspector: inspector, reason: reason, actorId: actorId, actorName: actorName, device: device, at: at,
            bookedOn: bookedOn.wire
        )
    }
}

extension Inventory.MovementKind: WireRepresentable {
    var wire: HubAPI.MovementKind {
        switch self {
        case .received: .received
        case .issued: .issued
        case .returned: .returned
        case .cleaned: .cleaned
        case .sentBack: .sentBack
        case .adjusted: .adjusted
        case .writtenOff: .writtenOff
        }
    }
}

extension Inventory.StockUnit: WireRepresentable {
    var wire: HubAPI.StockUnit {
        HubAPI.StockUnit(id: id, articleId: articleId, serial: serial, state: state.wire, updatedAt: updatedAt)
    }
}

extension Inventory.UnitState: WireRepresentable {
    var wire: HubAPI.UnitState {
        switch self {
        case .inStock: .inStock
        case .issued: .issued
        case .atResident: .atResident
        case .returned: .returned
        case .cleaning: .cleaning
        case .writtenOff: .writtenOff
        case .sentBack: .sentBack
        }
    }
}

extension Inventory.ReorderLine: WireRepresentable {
    var wire: HubAPI.ReorderLine {
        HubAPI.ReorderLine(
            articleId: articleId, articleNumber: articleNumber, articleName: articleName, inStock: inStock, minimumLevel: minimumLevel,
            targetLevel: targetLevel, quantity: quantity
        )
    }
}

extension Inventory.OrderSlip: WireRepresentable {
    var wire: HubAPI.OrderSlip {
        HubAPI.OrderSlip(id: id, createdAt: createdAt, createdBy: createdBy, receivedAt: receivedAt)
    }
}

extension Inventory.OrderSlipView: WireRepresentable {
    var wire: HubAPI.OrderSlipView {
        HubAPI.OrderSlipView(slip: slip.wire, lines: lines.wire)
    }
}

extension Inventory.ArticleView: WireRepresentable {
    var wire: HubAPI.ArticleView {
        HubAPI.ArticleView(article: article.wire, gtins: gtins, inStock: inStock)
    }
}

extension Inventory.Article: WireRepresentable {
    var wire: HubAPI.Article {
        HubAPI.Article(
            id: id, number: number, name: name, category: category, kind: kind.wire, minimumLevel: minimumLevel,
            targetLevel: targetLevel, loanWeeks: loanWeeks, maxLoanWeeks: maxLoanWeeks, createdAt: createdAt
        )
    }
}

extension Inventory.ArticleKind: WireRepresentable {
    var wire: HubAPI.ArticleKind {
        switch self {
        case .loan: .loan
        case .consumable: .consumable
        case .hygiene: .hygiene
        }
    }
}

extension Inventory.ArticleKind: WireDecodable {
    init(wire: HubAPI.ArticleKind) {
        switch wire {
        case .loan: self = .loan
        case .consumable: self = .consumable
        case .hygiene: self = .hygiene
        }
    }
}

extension Inventory.ArticleImportResult: WireRepresentable {
    var wire: HubAPI.ArticleImportResult {
        HubAPI.ArticleImportResult(loaded: loaded, alreadyKnown: alreadyKnown, errors: errors.wire)
    }
}
