import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite("Payment store: durable steps, one charge per reference, recovery")
struct PaymentStoreTests {
    func store(_ hub: TestHub, max: Int = 10_000) -> PaymentStore {
        PaymentStore(database: hub.database, calendar: hub.calendar, rules: PaymentRules(maxAmount: Cents(max)))
    }

    func intent(_ reference: String, _ cents: Int = 150, use: Int64? = nil) -> PaymentIntent {
        PaymentIntent(reference: reference, amount: Cents(cents), serviceUseID: use, staff: TestHub.anna, terminal: "pin")
    }

    func created(_ start: PaymentStart) throws -> Payment {
        guard case .created(let payment) = start else {
            Issue.record("expected a new payment, got \(start)")
            throw CancellationError()
        }
        return payment
    }

    @Test func aNewPaymentIsPendingAndAudited() async throws {
        let hub = try TestHub()
        let payment = try created(try await store(hub).begin(intent("groceries-1")))
        #expect(payment.status == .pending)
        #expect(payment.requestedBy == "Anna")
        #expect(try await hub.auditActions() == ["payment.request"])
    }

    @Test(arguments: [0, -5, 10_001])
    func amountsOutsideTheRulesAreRefused(cents: Int) async throws {
        let hub = try TestHub()
        await #expect(throws: InventoryError.self) { try await store(hub).begin(intent("x", cents)) }
        #expect(try hub.rowCount("payment") == 0)
    }

    @Test(arguments: ["", "two words", String(repeating: "a", count: 65), "bad\u{7}"])
    func badReferencesAreRefused(reference: String) async throws {
        let hub = try TestHub()
        await #expect(throws: InventoryError.self) { try await store(hub).begin(intent(reference)) }
    }

    @Test func aReferenceUnderWayCannotBeChargedAgain() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        _ = try await payments.begin(intent("r1"))
        let error = await #expect(throws: InventoryError.self) { try await payments.begin(intent("r1")) }
        #expect(error?.code == .conflict)
        #expect(try hub.rowCount("payment") == 1)
    }

    @Test func anApprovedReferenceAnswersWithTheApproval() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        let first = try created(try await payments.begin(intent("r1")))
        _ = try await payments.journal(first.id ?? 0, .approved(PaymentApproval(receiptNumber: 7)))
        _ = try await payments.complete(first.id ?? 0)
        let again = try await payments.begin(intent("r1"))
        guard case .alreadyApproved(let approved) = again else {
            Issue.record("expected the existing approval, got \(again)")
            return
        }
        #expect(approved.id == first.id)
        #expect(approved.receiptNumber == 7)
        #expect(try hub.rowCount("payment") == 1)
    }

    @Test func aDeclinedReferenceMayBeTriedAgain() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        let first = try created(try await payments.begin(intent("r1")))
        _ = try await payments.journal(first.id ?? 0, .declined(code: 5, reason: "declined"))
        let second = try created(try await payments.begin(intent("r1")))
        #expect(second.id != first.id)
    }

    @Test func completingSettlesTheRegistrationItPaysFor() async throws {
        let hub = try TestHub()
        let resident = try await hub.addResident("Jan Visser", reference: "BZ-001")
        let use = try await hub.use(resident, try await hub.addService("markt"))
        let payments = store(hub)
        let payment = try created(try await payments.begin(intent("service-use:\(use.id ?? 0)", use: use.id)))
        _ = try await payments.journal(payment.id ?? 0, .approved(PaymentApproval(receiptNumber: 3)))
        #expect(try hub.storedUse(use.id)?.paymentState == .awaitingPayment)
        _ = try await payments.complete(payment.id ?? 0)
        #expect(try hub.storedUse(use.id)?.paymentState == .paid)
    }

    @Test func aRegistrationNotAwaitingThatAmountIsRefused() async throws {
        let hub = try TestHub()
        let resident = try await hub.addResident("Jan Visser", reference: "BZ-001")
        let use = try await hub.use(resident, try await hub.addService("markt"))
        await #expect(throws: InventoryError.self) {
            try await store(hub).begin(intent("service-use:\(use.id ?? 0)", 999, use: use.id))
        }
    }

    @Test func aRestartAbortsTheUnsentAndQuestionsTheRest() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        let unsent = try created(try await payments.begin(intent("a")))
        let sent = try created(try await payments.begin(intent("b")))
        try await payments.markSent(sent.id ?? 0)
        let unconfirmed = try created(try await payments.begin(intent("c")))
        try await payments.markSent(unconfirmed.id ?? 0)
        _ = try await payments.journal(unconfirmed.id ?? 0, .approved(PaymentApproval(receiptNumber: 4)))
        let done = try created(try await payments.begin(intent("d")))
        _ = try await payments.journal(done.id ?? 0, .approved(PaymentApproval(receiptNumber: 5)))
        _ = try await payments.complete(done.id ?? 0)

        let unknown = try await payments.sweepAfterRestart()
        #expect(unknown.map(\.reference) == ["b", "c"])
        #expect(try await payments.payment(id: unsent.id ?? 0)?.status == .aborted)
        #expect(try await payments.payment(id: done.id ?? 0)?.status == .approved)
    }

    @Test func recoveryMatchesAJournalledReceiptExactly() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        let kept = try created(try await payments.begin(intent("kept")))
        _ = try await payments.journal(kept.id ?? 0, .approved(PaymentApproval(receiptNumber: 12)))
        let reversed = try created(try await payments.begin(intent("reversed")))
        _ = try await payments.journal(reversed.id ?? 0, .approved(PaymentApproval(receiptNumber: 13)))
        _ = try await payments.sweepAfterRestart()

        let terminalKept = PaymentTerminalRecord(amountCents: 150, approval: PaymentApproval(receiptNumber: 12))
        #expect(try await payments.resolve(kept.id ?? 0, terminalLast: terminalKept).status == .approved)
        let outcome = try await payments.resolve(reversed.id ?? 0, terminalLast: terminalKept)
        #expect(outcome.status == .aborted)
        #expect(outcome.recovered)
    }

    @Test func recoveryWithoutAReceiptTakesOnlyAFreeReceiptOfTheSameAmount() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        let earlier = try created(try await payments.begin(intent("earlier")))
        _ = try await payments.journal(earlier.id ?? 0, .approved(PaymentApproval(receiptNumber: 20)))
        _ = try await payments.complete(earlier.id ?? 0)
        let lost = try created(try await payments.begin(intent("lost")))
        try await payments.markSent(lost.id ?? 0)
        _ = try await payments.sweepAfterRestart()

        let stale = PaymentTerminalRecord(amountCents: 150, approval: PaymentApproval(receiptNumber: 20))
        let wrongAmount = PaymentTerminalRecord(amountCents: 151, approval: PaymentApproval(receiptNumber: 21))
        let ours = PaymentTerminalRecord(amountCents: 150, approval: PaymentApproval(receiptNumber: 21))
        let check = try await payments.resolve(lost.id ?? 0, terminalLast: stale)
        #expect(check.status == .aborted)

        let again = try created(try await payments.begin(intent("lost-2")))
        try await payments.markSent(again.id ?? 0)
        _ = try await payments.sweepAfterRestart()
        #expect(try await payments.resolve(again.id ?? 0, terminalLast: wrongAmount).status == .aborted)

        let third = try created(try await payments.begin(intent("lost-3")))
        try await payments.markSent(third.id ?? 0)
        _ = try await payments.sweepAfterRestart()
        let resolved = try await payments.resolve(third.id ?? 0, terminalLast: ours)
        #expect(resolved.status == .approved)
        #expect(resolved.receiptNumber == 21)
        #expect(resolved.completed)
    }

    @Test func reconciliationComparesSinceTheLastClose() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        for (index, cents) in [150, 200].enumerated() {
            let payment = try created(try await payments.begin(intent("p\(index)", cents)))
            _ = try await payments.journal(payment.id ?? 0, .approved(PaymentApproval(receiptNumber: index + 1)))
            _ = try await payments.complete(payment.id ?? 0)
        }
        hub.clock.advance(hours: 1)
        let first = try await payments.reconcile(terminalCount: 2, terminalAmount: Cents(350), by: TestHub.anna)
        #expect(first.matches)
        hub.clock.advance(hours: 1)
        let payment = try created(try await payments.begin(intent("p3", 100)))
        _ = try await payments.journal(payment.id ?? 0, .approved(PaymentApproval(receiptNumber: 3)))
        hub.clock.advance(hours: 1)
        let second = try await payments.reconcile(terminalCount: 2, terminalAmount: Cents(250), by: TestHub.anna)
        #expect(second.hubCount == 1)
        #expect(second.hubAmountCents == 100)
        #expect(!second.matches)
        #expect(try await payments.lastReconciliation()?.id == second.id)
    }

    @Test func receiptLinesKeepTheirOrder() async throws {
        let hub = try TestHub()
        let payments = store(hub)
        let payment = try created(try await payments.begin(intent("r")))
        try await payments.appendReceipt(payment.id ?? 0, lines: ["KASSABON", "Bedrag 1,50"])
        try await payments.appendReceipt(payment.id ?? 0, lines: ["Bedankt"])
        #expect(try await payments.receipt(payment.id ?? 0) == ["KASSABON", "Bedrag 1,50", "Bedankt"])
        let listed = try await payments.payments(on: hub.calendar.today)
        #expect(listed.first?.receipt.count == 3)
    }
}
