import Devices
import Foundation
import Inventory
import Testing
import Workflows

/// Card payments through the running hubd, against the terminal simulator on a pty (serial
/// framing) and on loopback TCP.
@Suite("Card payments through hubd and the ZVT simulator", .serialized)
struct PaymentTerminalTests {
    static func rig(_ transport: TerminalRig.Transport) async throws -> (TerminalRig, Daemon) {
        let rig = try TerminalRig(transport)
        let daemon = try Daemon(extraConfig: rig.deviceConfig)
        try await daemon.start()
        try await daemon.loginAsStaff()
        return (rig, daemon)
    }

    @Test(arguments: TerminalRig.Transport.allCases)
    func anApprovalIsJournalledWithItsReceipt(transport: TerminalRig.Transport) async throws {
        let (rig, daemon) = try await Self.rig(transport)
        let paid = try await daemon.pay("1,50", reference: "groceries-1")
        #expect(paid.exit == 0, "\(paid.stderr)")
        let settlement = try #require(paid.settlement)
        #expect(settlement.payment.status == .approved)
        #expect(settlement.payment.completed)
        #expect(settlement.payment.amountCents == 150)
        #expect(settlement.receipt.contains("Kartenzahlung"))
        #expect(rig.simulator.charges.map(\.amountCents) == [150])
        #expect(rig.simulator.charges.first?.receiptNumber == settlement.payment.receiptNumber)
        let listed = try await daemon.payments()
        #expect(listed.map(\.payment.reference) == ["groceries-1"])
    }
}
