import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

extension Daemon {
    /// `kiosk pay AMOUNT --reference REF --json`: the exit code and, when hubd answered, the settlement.
    func pay(_ amount: String, reference: String) async throws -> (exit: Int32, settlement: PaymentSettlement?, stderr: String) {
        let result = await kiosk(["pay", amount, "--reference", reference, "--json"])
        let settlement = try? HubJSON.decoder().decode(PaymentSettlement.self, from: Data(result.stdout.utf8))
        return (result.exit, settlement, result.stderr)
    }

    func payments(date: String? = nil) async throws -> [PaymentView] {
        try await json([PaymentView].self, ["payments", "list"] + (date.map { ["--date", $0] } ?? []))
    }

    func status() async throws -> StatusResponse {
        try await json(StatusResponse.self, ["status"])
    }

    /// Runs `kiosk pay` in the background, for tests that act while it runs.
    func payInBackground(_ amount: String, reference: String) -> Task<(exit: Int32, settlement: PaymentSettlement?, stderr: String), any Error> {
        Task { try await self.pay(amount, reference: reference) }
    }
}
