import Devices
import Foundation
import Inventory
import Logging
import Testing
@testable import Workflows

@Suite("Payment desk: the protocol-neutral core")
struct PaymentDeskTests {
    final class Fixture: Sendable {
        let kiosk: KioskFixture
        let store: PaymentStore
        let terminal = ScriptedPaymentTerminal()
        let events = EventBroadcaster()
        let desk: PaymentDesk

        init() throws {
            kiosk = try KioskFixture()
            let calendar = HubCalendar(timeZone: TimeZone(identifier: "UTC") ?? .current, now: { [clock = kiosk.clock] in clock.now })
            store = PaymentStore(database: kiosk.database, calendar: calendar, rules: PaymentRules())
            desk = PaymentDesk(store: store, terminal: terminal, terminalName: "pin", calendar: calendar, events: events, logger: Logger(label: "test"))
        }

        func pay(_ reference: String, _ cents: Int = 150) async throws -> PaymentSettlement {
            try await desk.pay(PaymentIntent(reference: reference, amount: Cents(cents), staff: StaffActor(id: nil, name: "Anna"), terminal: "pin"))
        }
    }

    @Test func anApprovalIsStoredCompleteWithItsReceipt() async throws {
        let fixture = try Fixture()
        await fixture.terminal.script(.result(.approved(ScriptedPaymentTerminal.transaction(150, receipt: 9)), receipt: ["KASSABON", "Bedrag EUR 1,50"]))
        let steps = StepLog()
        let settlement = try await fixture.desk.pay(
            PaymentIntent(reference: "r1", amount: Cents(150), terminal: "pin"), progress: { await steps.add($0) }
        )
        #expect(settlement.payment.status == .approved)
        #expect(settlement.payment.completed)
        #expect(settlement.payment.receiptNumber == 9)
        #expect(settlement.payment.maskedPan == "############0119")
        #expect(settlement.receipt == ["KASSABON", "Bedrag EUR 1,50"])
        #expect(!settlement.alreadyPaid)
        #expect(await steps.steps == [.connecting, .insertCard])
    }

    @Test func aSecondRequestForAPaidReferenceChargesNothing() async throws {
        let fixture = try Fixture()
        _ = try await fixture.pay("r1")
        let again = try await fixture.pay("r1")
        #expect(again.alreadyPaid)
        #expect(await fixture.terminal.authorizeCount == 1)
    }

    @Test func aDeclineIsFinalAndFreesTheReference() async throws {
        let fixture = try Fixture()
        await fixture.terminal.script(.result(.declined(code: 5, reason: "declined by the card issuer")))
        let declined = try await fixture.pay("r1")
        #expect(declined.payment.status == .declined)
        #expect(declined.payment.resultCode == 5)
        let retry = try await fixture.pay("r1")
        #expect(retry.payment.status == .approved)
    }

    @Test func aBusyTerminalChargesNothing() async throws {
        let fixture = try Fixture()
        await fixture.terminal.script(.failBeforeSending(PaymentTerminalError(.busy, "terminal busy (84 9C)", outcomeUnknown: false)))
        let settlement = try await fixture.pay("r1")
        #expect(settlement.payment.status == .aborted)
        #expect(settlement.payment.reason?.contains("busy") == true)
        #expect(await fixture.terminal.lastTransactionCount == 0)
    }

    @Test func aLostLinkIsRecoveredFromTheTerminalsRecordWithoutCharging() async throws {
        let fixture = try Fixture()
        await fixture.terminal.script(.loseLink)
        await fixture.terminal.setLast(ScriptedPaymentTerminal.transaction(150, receipt: 31))
        let settlement = try await fixture.pay("r1")
        #expect(settlement.payment.status == .approved)
        #expect(settlement.payment.recovered)
        #expect(settlement.payment.receiptNumber == 31)
        #expect(await fixture.terminal.authorizeCount == 1)
    }

    @Test func aJournalledApprovalTheTerminalDidNotKeepEndsNotCharged() async throws {
        let fixture = try Fixture()
        await fixture.terminal.script(.journalThenLose(.approved(ScriptedPaymentTerminal.transaction(150, receipt: 40))))
        await fixture.terminal.setLast(ScriptedPaymentTerminal.transaction(150, receipt: 39))
        let settlement = try await fixture.pay("r1")
        #expect(settlement.payment.status == .aborted)
        #expect(settlement.payment.reason?.contains("not charged") == true)
    }

    @Test func anUnknownOutcomeBlocksNewPaymentsUntilTheTerminalAnswers() async throws {
        let fixture = try Fixture()
        await fixture.terminal.script(.loseLink)
        await fixture.terminal.setLastFails(true)
        let first = try await fixture.pay("r1")
        #expect(first.payment.status == .unknown)
        let refusal = await #expect(throws: InventoryError.self) { try await fixture.pay("r2") }
        #expect(refusal?.code == .conflict)
        #expect(await fixture.desk.status().unresolved == 1)

        await fixture.terminal.setLastFails(false)
        await fixture.terminal.setLast(nil)
        #expect(await fixture.desk.recover() == 0)
        #expect(try await fixture.store.payment(id: first.payment.id ?? 0)?.status == .aborted)
        #expect(try await fixture.pay("r2").payment.status == .approved)
        #expect(await fixture.terminal.authorizeCount == 2)
    }

    @Test func progressAndResultReachTheEventStream() async throws {
        let fixture = try Fixture()
        let stream = await fixture.events.subscribe()
        _ = try await fixture.pay("r1")
        var kinds: [PaymentStatus] = []
        for await event in stream {
            guard let notice = event.payment else { continue }
            kinds.append(notice.status)
            if notice.status == .approved { break }
        }
        #expect(kinds.first == .pending)
        #expect(kinds.last == .approved)
    }

    @Test func closingTheDayFlagsADifference() async throws {
        let fixture = try Fixture()
        _ = try await fixture.pay("r1")
        fixture.kiosk.advance(seconds: 60)
        await fixture.terminal.setTotals(TerminalTotals(count: 2, amountCents: 300))
        let record = try await fixture.desk.closeDay(by: StaffActor(id: nil, name: "Anna"))
        #expect(record.hubCount == 1)
        #expect(record.terminalCount == 2)
        #expect(!record.matches)
        #expect(await fixture.desk.status().lastReconciliation?.id == record.id)
    }
}

actor StepLog {
    private(set) var steps: [PaymentStep] = []
    func add(_ step: PaymentStep) { steps.append(step) }
}
