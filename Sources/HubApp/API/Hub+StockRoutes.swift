import Foundation
import Hummingbird
import HubAPI
import Inventory
import Workflows

extension Hub {
    /// Vegro's consignment stock: catalogue, levels, reorder, loans, expiry and the statement.
    func addStockRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.stockArticles)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stores.articles.list())
        }
        router.get(RouterPath(APIRoute.stockLevels)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stores.articles.list())
        }
        router.post(RouterPath(APIRoute.stockArticles)) { request, _ in
            let actor = try await self.staffActor(request)
            let fields = try await JSONBody.decode(ArticleFields.self, from: request)
            let article = try await self.stores.articles.add(fields, by: actor)
            self.logger.notice("stock article added", metadata: ["article": "\(article.number)", "staff": "\(actor.name)"])
            return try JSONBody.response(article, status: .created)
        }
        router.post(RouterPath(APIRoute.stockArticlesImport)) { request, _ in
            let actor = try await self.staffActor(request)
            let file = try await JSONBody.decode(StockImportRequest.self, from: request)
            let result = try await self.stores.articles.importCSV(file.content, fileName: file.fileName, by: actor)
            self.logger.notice("stock articles imported", metadata: ["loaded": "\(result.loaded)", "errors": "\(result.errors.count)"])
            return try JSONBody.response(result)
        }
        router.get(RouterPath(APIRoute.stockMovements)) { request, _ in
            _ = try await self.staffActor(request)
            let key = request.uri.queryParameters.get("article") ?? ""
            return try JSONBody.response(try await self.stores.stock.movements(articleId: try await self.articleID(key)))
        }
        addStockReorderRoutes(to: router)
        addStockLoanRoutes(to: router)
        router.get(RouterPath(APIRoute.stockExpiring)) { request, _ in
            _ = try await self.staffActor(request)
            let days = try Self.days(request, "within") ?? 30
            return try JSONBody.response(try await self.stores.stock.expiring(withinDays: days))
        }
        router.post(RouterPath(APIRoute.stockCleaningStart)) { request, _ in
            let actor = try await self.staffActor(request)
            let serial = try await JSONBody.decode(StockSerialRequest.self, from: request)
            return try JSONBody.response(try await self.stores.stock.startCleaning(serial: serial.serial, by: actor))
        }
        router.get(RouterPath(APIRoute.stockStatement)) { request, _ in
            _ = try await self.staffActor(request)
            let raw = request.uri.queryParameters.get("month") ?? ""
            guard let month = YearMonth(raw) else { throw APIError.badRequest("month '\(raw)' — write YYYY-MM, e.g. 2026-11") }
            return try JSONBody.response(StockStatementResponse(month: month.description, csv: try await self.stores.stock.statementCSV(month)))
        }
    }

    private func addStockReorderRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.stockReorder)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stores.stock.reorderList())
        }
        router.post(RouterPath(APIRoute.stockOrderSlip)) { request, _ in
            let actor = try await self.staffActor(request)
            let slip = try await self.stores.stock.createOrderSlip(by: actor)
            self.logger.notice("order slip created", metadata: ["slip": "\(slip.slip.id ?? 0)", "lines": "\(slip.lines.count)", "staff": "\(actor.name)"])
            return try JSONBody.response(try self.orderSlipResponse(slip), status: .created)
        }
        router.get(RouterPath(APIRoute.stockOrderSlip)) { request, _ in
            _ = try await self.staffActor(request)
            guard let slip = try await self.stores.stock.lastOrderSlip() else {
                throw InventoryError(.notFound, nl: "nog geen bestelbon — maak er een met `kiosk stock reorder --slip`",
                                     en: "no order slip yet — make one with `kiosk stock reorder --slip`")
            }
            return try JSONBody.response(try self.orderSlipResponse(slip))
        }
    }

    private func addStockLoanRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.stockLoans)) { request, _ in
            _ = try await self.staffActor(request)
            let overdue = request.uri.queryParameters.get("overdue") == "true"
            return try JSONBody.response(try await self.stores.stock.loans(dueWithin: try Self.days(request, "due_within"), overdueOnly: overdue))
        }
        router.post(RouterPath(APIRoute.stockLoanExtend)) { request, _ in
            let actor = try await self.staffActor(request)
            let extend = try await JSONBody.decode(StockLoanExtendRequest.self, from: request)
            let loan = try await self.stores.stock.extend(
                serial: extend.serial, .weeks(extend.weeks), agreedBy: extend.agreedBy, overrideReason: extend.overrideReason, by: actor
            )
            self.logger.notice("loan extended", metadata: ["serial": "\(loan.serial)", "due": "\(loan.dueOn)", "staff": "\(actor.name)"])
            return try JSONBody.response(loan)
        }
    }

    /// An article named by its Vegro number or by a GTIN on its label.
    private func articleID(_ key: String) async throws -> Int64 {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        let byNumber = try await stores.articles.article(number: trimmed)
        let isGTIN = [8, 12, 13, 14].contains(trimmed.utf8.count) && trimmed.utf8.allSatisfy { (0x30...0x39).contains($0) }
        var article = byNumber
        if article == nil, isGTIN { article = try await stores.articles.article(gtin: trimmed) }
        guard let id = article?.id else {
            throw InventoryError(.notFound, nl: "geen artikel '\(trimmed)' — zie `kiosk stock articles list` voor nummers en GTINs",
                                 en: "no article '\(trimmed)' — see `kiosk stock articles list` for numbers and GTINs")
        }
        return id
    }

    private func orderSlipResponse(_ slip: OrderSlipView) throws -> StockOrderSlipResponse {
        StockOrderSlipResponse(slip: slip, text: stores.stock.orderSlipText(slip), csv: try stores.stock.orderSlipCSV(slip))
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
