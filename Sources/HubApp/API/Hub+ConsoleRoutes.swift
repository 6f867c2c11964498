import Hummingbird
import HubAPI
import Inventory

extension Hub {
    /// The kiosk console's keys; hubd owns the flow and answers with the next screen.
    func addConsoleRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.consoleScreen)) { _, _ in
            try JSONBody.response(await self.kiosk.current())
        }
        router.post(RouterPath(APIRoute.consoleKey)) { request, _ in
            let key = try await JSONBody.decode(ConsoleKeyRequest.self, from: request)
            return try JSONBody.response(try await self.kiosk.press(key.key, session: key.session))
        }
        router.post(RouterPath(APIRoute.consoleEntry)) { request, _ in
            let entry = try await JSONBody.decode(ConsoleEntryRequest.self, from: request)
            guard entry.value.count <= 12, entry.value.allSatisfy({ ("0"..."9").contains($0) }) else {
                throw APIError.badRequest("only digits can be typed at the kiosk")
            }
            return try JSONBody.response(try await self.kiosk.enter(entry.value, session: entry.session))
        }
        router.post(RouterPath(APIRoute.consoleReset)) { request, _ in
            let reset = try await JSONBody.decode(ConsoleResetRequest.self, from: request)
            return try JSONBody.response(await self.kiosk.reset(session: reset.session))
        }
    }
}
