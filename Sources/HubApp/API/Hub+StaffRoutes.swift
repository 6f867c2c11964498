import Hummingbird
import HubAPI
import Inventory

extension Hub {
    func addStaffRoutes(to router: Router<BasicRequestContext>) {
        router.post(RouterPath(APIRoute.staff)) { request, _ in
            let add = try await JSONBody.decode(StaffAddRequest.self, from: request)
            let actor = try await self.stores.staff.count() == 0 ? nil : try await self.staffActor(request)
            guard PINHasher.isWellFormed(add.pin) else { throw StaffStore.malformedPIN() }
            let name = add.name.trimmingCharacters(in: .whitespaces)
            guard (1...40).contains(name.count) else {
                throw APIError.badRequest("a staff member's name is 1 to 40 characters")
            }
            let tap = try await self.nextTap(for: "staff pass of a new staff member")
            let member = try await self.stores.staff.add(name: add.name, pin: add.pin, pass: tap.digest, by: actor)
            self.logger.notice("staff member added", metadata: ["staff": "\(member.name)", "by": "\(actor?.name ?? "first start")"])
            return try JSONBody.response(member, status: .created)
        }
        router.get(RouterPath(APIRoute.staff)) { request, _ in
            _ = try await self.staffActor(request)
            return try JSONBody.response(try await self.stores.staff.list())
        }
        router.post(RouterPath(APIRoute.staffLogin)) { request, _ in
            let login = try await JSONBody.decode(StaffLoginRequest.self, from: request)
            guard PINHasher.isWellFormed(login.pin) else { throw StaffStore.malformedPIN() }
            let tap = try await self.nextTap(for: "staff login")
            return try JSONBody.response(try await self.logIn(digest: tap.digest, pin: login.pin))
        }
        router.delete(RouterPath(APIRoute.staffLogin)) { request, _ in
            if let token = Self.bearerToken(request) {
                try await self.stores.staff.closeSession(token: token)
            }
            try await self.stores.intakeOperator.logout()
            return Response(status: .noContent)
        }
    }

    private func logIn(digest: PassDigest, pin: String) async throws -> StaffLoginResponse {
        guard case .staff(let member, _) = try await stores.passes.holder(of: digest) else {
            throw InventoryError(
                .unauthorized,
                nl: "dat is geen (geldige) medewerkerspas — tik uw eigen medewerkerspas, of vraag een collega om u toe te voegen met `kiosk staff add`",
                en: "that is not a (valid) staff pass — tap your own staff pass, or ask a colleague to add you with `kiosk staff add`"
            )
        }
        let verified = try await stores.staff.verifyPIN(staffID: member.id, pin: pin)
        let token = try await stores.staff.openSession(staffID: verified.id, origin: "cli")
        _ = try await stores.intakeOperator.login(verified.name, at: calendar.now())
        logger.notice("staff logged in", metadata: ["staff": "\(verified.name)"])
        return StaffLoginResponse(token: token, name: verified.name, idleMinutes: Int(configuration.kiosk.staffIdleSeconds / 60))
    }
}
