import Hummingbird
import HubAPI
import Inventory

/// Signals, visits and the quiet list (issue 18): personal data, staff only, every look audited
/// by the stores.
struct ContactRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        addSignalRoutes(to: area)
        area.post(APIRoute.visits, .staff) { request, context in
            let actor = try context.staff()
            let body = try await JSONBody.decode(VisitRequest.self, from: request)
            let visit = try await hub.stores.visits.add(resident: body.resident, reason: body.reason, minutes: body.minutes, signal: body.signal, by: actor)
            return try JSONBody.response(visit, status: .created)
        }
        area.get(APIRoute.quietResidents, .staff) { request, context in
            let actor = try context.staff()
            let raw = request.uri.queryParameters.get("days") ?? "14"
            guard let days = Int(raw) else { throw APIError.badRequest("days '\(raw.prefix(10))' — give a number of days, e.g. 14") }
            return try JSONBody.response(try await hub.stores.visits.quiet(days: days, by: actor))
        }
    }

    private func addSignalRoutes(to area: APIArea) {
        area.get(APIRoute.signals, .staff) { request, context in
            let actor = try context.staff()
            let query = request.uri.queryParameters
            let lines = try await hub.stores.signals.list(openOnly: query.get("open") == "true", dueOnly: query.get("due") == "true", by: actor)
            return try JSONBody.response(lines)
        }
        area.post(APIRoute.signals, .staff) { request, context in
            let actor = try context.staff()
            let body = try await JSONBody.decode(SignalRequest.self, from: request)
            let fields = SignalStore.Fields(
                resident: body.resident, category: body.category, text: body.text, owner: body.owner ?? SignalOwner.concierge.rawValue, followUpOn: body.followUpOn
            )
            let line = try await hub.stores.signals.add(fields, by: actor)
            hub.logger.notice("signal opened", metadata: ["signal": "\(line.signal.id ?? 0)", "category": "\(line.signal.category.rawValue)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(line, status: .created)
        }
        area.patch(APIRoute.signals + "/:id", .staff) { request, context in
            let actor = try context.staff()
            let body = try await JSONBody.decode(SignalUpdateRequest.self, from: request)
            let change = SignalStore.Change(status: body.status, owner: body.owner, followUpOn: body.followUpOn, text: body.text)
            return try JSONBody.response(try await hub.stores.signals.update(try Self.id(context), change, by: actor))
        }
        area.post(APIRoute.signals + "/:id/close", .staff) { request, context in
            let actor = try context.staff()
            return try JSONBody.response(try await hub.stores.signals.close(try Self.id(context), by: actor))
        }
        area.post(APIRoute.signals + "/:id/handover", .staff) { request, context in
            let actor = try context.staff()
            let body = try await JSONBody.decode(SignalHandOverRequest.self, from: request)
            let sheet = try await hub.stores.signals.handOver(try Self.id(context), to: body.to, by: actor)
            hub.logger.notice("signal handed over", metadata: ["signal": "\(sheet.signalId)", "to": "\(sheet.to.rawValue)", "staff": "\(actor.id ?? 0)"])
            return try JSONBody.response(sheet)
        }
    }

    private static func id(_ context: HubRequestContext) throws -> Int64 {
        let raw = try context.parameters.require("id")
        guard let id = Int64(raw) else { throw APIError.badRequest("signal '\(raw.prefix(20))' — give the number from `kiosk signals`") }
        return id
    }
}
