import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addResidentRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(APIRoute.residents)) { _, _ in try JSONBody.response(try await self.residents.list()) }
        router.post(RouterPath(APIRoute.residents)) { request, _ in
            let fields = try await JSONBody.decode(ResidentFields.self, from: request)
            let who = StaffActor(id: nil, name: (try await self.staff.current()?.staffName) ?? "nobody logged in")
            let resident = try await self.residents.add(fields, by: who)
            self.logger.notice("resident added", metadata: ["resident": "\(resident.id ?? 0)"])
            return try JSONBody.response(resident, status: .created)
        }
        router.get(RouterPath(APIRoute.residents + "/:key")) { _, context in
            let key = try context.parameters.require("key")
            let resident = try await self.residents.resident(matching: key)
            await self.logRecordAccess(resident)
            return try JSONBody.response(resident)
        }
        router.patch(RouterPath(APIRoute.residents + "/:key")) { request, context in
            let key = try context.parameters.require("key")
            let fields = try await JSONBody.decode(ResidentFields.self, from: request)
            let id = try await self.residents.resident(matching: key).id ?? 0
            let who = StaffActor(id: nil, name: (try await self.staff.current()?.staffName) ?? "nobody logged in")
            let resident = try await self.residents.edit(id: id, fields, by: who)
            self.logger.notice("resident edited", metadata: ["resident": "\(id)"])
            return try JSONBody.response(resident)
        }
    }

    /// Resident records are personal data: every staff look at one is in the journal.
    func logRecordAccess(_ resident: Resident) async {
        let staff = (try? await staff.current()?.staffName) ?? "nobody logged in"
        logger.notice("resident record viewed", metadata: ["resident": "\(resident.id ?? 0)", "staff": "\(staff)"])
    }
}
