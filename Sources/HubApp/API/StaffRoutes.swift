import Hummingbird
import HubAPI
import Inventory

struct StaffRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.post(APIRoute.staff, .setup) { request, context in
            let add = try await JSONBody.decode(StaffAddRequest.self, from: request)
            let actor = try await hub.stores.staff.count() == 0 ? nil : try context.staff()
            guard PINHasher.isWellFormed(add.pin) else { throw StaffStore.malformedPIN() }
            let name = add.name.trimmingCharacters(in: .whitespaces)
            guard (1...40).contains(name.count) else {
                throw APIError.badRequest("a staff member's name is 1 to 40 characters")
            }
            let tap = try await TapWait.next(.newStaffPass, for: request, hub: hub)
            let member = try await hub.stores.staff.add(name: add.name, pin: add.pin, pass: tap.digest, by: actor)
            hub.logger.notice("staff member added", metadata: ["staff": "\(member.id)", "by": "\(actor?.id.map(String.init) ?? "first start")"])
            return try JSONBody.response(member, status: .created)
        }
        area.get(APIRoute.staff, .staff) { _, _ in
            try JSONBody.response(try await hub.stores.staff.list())
        }
        area.post(APIRoute.staffLogin, .staffRole) { request, context in
            let login = try await JSONBody.decode(StaffLoginRequest.self, from: request)
            guard PINHasher.isWellFormed(login.pin) else { throw StaffStore.malformedPIN() }
            let tap = try await TapWait.next(.staffLogin, accepts: hub.stores.passes.isStaffPass, for: request, hub: hub)
            return try JSONBody.response(try await logIn(digest: tap.digest, pin: login.pin, caller: context.caller))
        }
        area.delete(APIRoute.staffLogin, .staffRole) { request, context in
            try await logOut(request, caller: context.caller)
            return Response(status: .noContent)
        }
    }

    /// Every failure answers the same, so the caller learns nothing about the card or the PIN
    /// lock; the journal keeps the reason for the maintainer.
    private func logIn(digest: PassDigest, pin: String, caller: Caller) async throws -> StaffLoginResponse {
        let verified: StaffMember
        do {
            guard case .staff(let member, _) = try await hub.stores.passes.holder(of: digest) else { throw Self.loginFailed }
            verified = try await hub.stores.staff.verifyPIN(staffID: member.id, pin: pin)
        } catch {
            hub.logger.warning("staff login refused", metadata: ["caller": "\(caller.summary)", "reason": "\(error)"])
            throw Self.loginFailed
        }
        let token = try await hub.stores.staff.openSession(staffID: verified.id, origin: "cli", ownerUID: caller.uid)
        _ = try await hub.stores.intakeOperator.login(verified.name, at: hub.calendar.now())
        hub.logger.notice("staff logged in", metadata: ["staff": "\(verified.id)"])
        return StaffLoginResponse(token: token, name: verified.name, idleMinutes: Int(hub.configuration.kiosk.staffIdleSeconds / 60))
    }

    /// Ends the caller's own session only; the intake scans stop naming that staff member, and
    /// nobody else's login is touched.
    private func logOut(_ request: Request, caller: Caller) async throws {
        guard let token = AuthorizationMiddleware.bearerToken(request) else { return }
        let actor = try? await hub.stores.staff.authenticate(token: token, callerUID: caller.uid)
        try await hub.stores.staff.closeSession(token: token, callerUID: caller.uid)
        if let actor, try await hub.stores.intakeOperator.current()?.staffName == actor.name {
            try await hub.stores.intakeOperator.logout()
        }
    }

    static let loginFailed = InventoryError(
        .unauthorized,
        nl: "inloggen mislukt — controleer uw PIN en tik uw eigen medewerkerspas; na herhaalde fouten wacht de hub even voor een nieuwe poging",
        en: "login failed — check your PIN and tap your own staff pass; after repeated failures the hub waits a while before the next try"
    )
}
