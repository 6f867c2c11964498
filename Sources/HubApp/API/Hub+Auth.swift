import Hummingbird
import HubAPI
import Inventory
import Workflows

extension Hub {
    /// The staff member behind the request's session token (`kiosk login`), or a 401 that says how to log in.
    func staffActor(_ request: Request) async throws -> StaffActor {
        guard let token = Self.bearerToken(request) else {
            throw InventoryError(
                .unauthorized,
                nl: "dit is een opdracht voor medewerkers — log eerst in met `kiosk login` (medewerkerspas + PIN)",
                en: "this is a staff command — log in first with `kiosk login` (staff pass + PIN)"
            )
        }
        return try await stores.staff.authenticate(token: token)
    }

    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return nil }
        return String(header.dropFirst("Bearer ".count))
    }

    /// Waits for the next pass tap for a staff command; the journal says what is waiting, never the UID.
    func nextTap(for purpose: String) async throws -> TapClaims.Tap {
        logger.notice("waiting for a pass tap", metadata: ["for": "\(purpose)"])
        return try await claims.next(purpose: purpose, timeout: Self.tapWaitSeconds)
    }

    static let tapWaitSeconds = 60.0
}
