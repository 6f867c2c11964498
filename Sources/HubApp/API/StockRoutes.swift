import Foundation
import Hummingbird
import HubAPI
import Inventory
import Workflows

struct StockRoutes {
    let hub: Hub

    /// Vegro's consignment stock: catalogue, levels, reorder, loans, expiry and the statement.
    func add(to area: APIArea) {
        area.get(APIRoute.stockArticles, .staff) { request, context in
                        return try JSONBody.response(try await hub.stores.articles.list())
        }
        area.get(APIRoute.stockLevels, .staff) { request, context in
                        return try JSONBody.response(try await hub.stores.articles.list())
        }
        area.post(APIRoute.stockArticles, .staff) { request, context in
            let actor = try context.staff()
            let fields = try await JSONBody.decode(ArticleFields.self, from: request)
            let article = try await hub.stores.articles.add(fields, by: actor)
            hub.logger.notice("stock article added", metadata: ["article": "\(article.number)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(article, status: .created)
        }
        area.post(APIRoute.stockArticlesImport, .staff) { request, context in
            let actor = try context.staff()
            let file = try await JSONBody.decode(StockImportRequest.self, from: request)
            let result = try await hub.stores.articles.importCSV(file.content, fileName: file.fileName, by: actor)
            hub.logger.notice("stock articles imported", metadata: ["loaded": "\(result.loaded)", "errors": "\(result.errors.count)"])
            return try JSONBody.response(result)
        }
        area.get(APIRoute.stockMovements, .staff) { request, context in
                        let key = request.uri.queryParameters.get("article") ?? ""
            return try JSONBody.response(try await hub.stores.stock.movements(articleId: try await articleID(key)))
        }
        addStockReorderRoutes(to: area)
        addStockLoanRoutes(to: area)
        area.get(APIRoute.stockExpiring, .staff) { request, context in
                        let days = try Self.days(request, "within") ?? 30
            return try JSONBody.response(try await hub.stores.stock.expiring(withinDays: days))
        }
        area.post(APIRoute.stockCleaningStart, .staff) { request, context in
            let actor = try context.staff()
            let serial = try await JSONBody.decode(StockSerialRequest.self, from: request)
            return try JSONBody.response(try await hub.stores.stock.startCleaning(serial: serial.serial, by: actor))
        }
        area.get(APIRoute.stockStatement, .staff) { request, context in
                        let raw = request.uri.queryParameters.get("month") ?? ""
            guard let month = YearMonth(raw) else { throw APIError.badRequest("month '\(raw)' — write YYYY-MM, e.g. 2026-11") }
            return try JSONBody.response(StockStatementResponse(month: month.description, csv: try await hub.stores.stock.statementCSV(month)))
        }
    }

    private func addStockReorderRoutes(to area: APIArea) {
        area.get(APIRoute.stockReorder, .staff) { request, context in
                        return try JSONBody.response(try await hub.stores.stock.reorderList())
        }
        area.post(APIRoute.stockOrderSlip, .staff) { request, context in
            let actor = try context.staff()
            let slip = try await hub.stores.stock.createOrderSlip(by: actor)
            hub.logger.notice("order slip created", metadata: ["slip": "\(slip.slip.id ?? 0)", "lines": "\(slip.lines.count)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(try orderSlipResponse(slip), status: .created)
        }
        area.get(APIRoute.stockOrderSlip, .staff) { request, context in
                        guard let slip = try await hub.stores.stock.lastOrderSlip() else {
                throw InventoryError(.notFound, nl: "nog geen bestelbon — maak er een met `kiosk stock reorder --slip`",
                                     en: "no order slip yet — make one with `kiosk stock reorder --slip`")
            }
            return try JSONBody.response(try orderSlipResponse(slip))
        }
    }

    private func addStockLoanRoutes(to area: APIArea) {
        area.get(APIRoute.stockLoans, .staff) { request, context in
                        let overdue = request.uri.queryParameters.get("overdue") == "true"
            return try JSONBody.response(try await hub.stores.stock.loans(dueWithin: try Self.days(request, "due_within"), overdueOnly: overdue))
        }
        area.post(APIRoute.stockLoanExtend, .staff) { request, context in
            let actor = try context.staff()
            let extend = try await JSONBody.decode(StockLoanExtendRequest.self, from: request)
            let loan = try await hub.stores.stock.extend(
                serial: extend.serial, .weeks(extend.weeks), agreedBy: extend.agreedBy, overrideReason: extend.overrideReason, by: actor
            )
            hub.logger.notice("loan extended", metadata: ["serial": "\(loan.serial)", "due": "\(loan.dueOn)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(loan)
        }
    }

    /// An article named by its Vegro number or by a GTIN on its label.
    private func articleID(_ key: String) async throws -> Int64 {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        let byNumber = try await hub.stores.articles.article(number: trimmed)
        let isGTIN = [8, 12, 13, 14].contains(trimmed.utf8.count) && trimmed.utf8.allSatisfy { (0x30...0x39).contains($0) }
        var article = byNumber
        if article == nil, isGTIN { article = try await hub.stores.articles.article(gtin: trimmed) }
        guard let id = article?.id else {
            throw InventoryError(.notFound, nl: "geen artikel '\(trimmed)' — zie `kiosk stock articles list` voor nummers en GTINs",
                                 en: "no article '\(trimmed)' — see `kiosk stock articles list` for numbers and GTINs")
        }
        return id
    }

    private func orderSlipResponse(_ slip: OrderSlipView) throws -> OrderSlipDocument {
        OrderSlipDocument(slip: slip, text: hub.stores.stock.orderSlipText(slip), csv: try hub.stores.stock.orderSlipCSV(slip))
    }

    /// A day count from the query: "14" or "14d".
    static func days(_ request: Request, _ name: String) throws -> Int? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        let digits = raw.hasSuffix("d") ? String(raw.dropLast()) : String(raw)
        guard let days = Int(digits), (0...3_650).contains(days) else {
            throw APIError.badRequest("\(name) '\(raw)' — give a number of days, e.g. 14d")
        }
        return days
    }
}
