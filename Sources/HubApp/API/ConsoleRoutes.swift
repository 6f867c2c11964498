import Hummingbird
import HubAPI
import Inventory

struct ConsoleRoutes {
    let hub: Hub

    /// The kiosk console's keys; hubd owns the flow and answers with the next screen.
    func add(to area: APIArea) {
        area.get(APIRoute.consoleScreen, .console) { request, context in
            try JSONBody.response(await hub.kiosk.current())
        }
        area.post(APIRoute.consoleKey, .console) { request, context in
            let key = try await JSONBody.decode(ConsoleKeyRequest.self, from: request)
            return try JSONBody.response(try await hub.kiosk.press(key.key, session: key.session))
        }
        area.post(APIRoute.consoleEntry, .console) { request, context in
            let entry = try await JSONBody.decode(ConsoleEntryRequest.self, from: request)
            guard entry.value.count <= 12, entry.value.allSatisfy({ ("0"..."9").contains($0) }) else {
                throw APIError.badRequest("only digits can be typed at the kiosk")
            }
            return try JSONBody.response(try await hub.kiosk.enter(entry.value, session: entry.session))
        }
        area.post(APIRoute.consoleReset, .console) { request, context in
            let reset = try await JSONBody.decode(ConsoleResetRequest.self, from: request)
            return try JSONBody.response(await hub.kiosk.reset(session: reset.session))
        }
    }
}
