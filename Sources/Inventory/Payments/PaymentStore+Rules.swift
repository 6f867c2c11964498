import Foundation
import GRDB

extension PaymentStore {
    static let maxReferenceLength = 64

    static func check(_ amount: Cents, rules: PaymentRules) throws(InventoryError) {
        guard amount > .zero else {
            throw InventoryError(
                .invalidInput,
                nl: "een betaling van \(amount.formatted(.nl)) kan niet — geef een bedrag boven nul, bijvoorbeeld 1,50",
                en: "a payment of \(amount.formatted(.en)) is not possible — give an amount above zero, e.g. 1.50"
            )
        }
        guard amount <= rules.maxAmount else {
            throw InventoryError(
                .invalidInput,
                nl: "\(amount.formatted(.nl)) is meer dan de \(rules.maxAmount.formatted(.nl)) die de hub per betaling toestaat — controleer het bedrag ([payments] max_amount)",
                en: "\(amount.formatted(.en)) is more than the \(rules.maxAmount.formatted(.en)) the hub allows per payment — check the amount ([payments] max_amount)"
            )
        }
    }

    static func checkedReference(_ text: String) throws(InventoryError) -> String {
        let reference = text.trimmingCharacters(in: .whitespaces)
        let allowed = reference.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_:./#".unicodeScalars.contains($0)) }
        guard !reference.isEmpty, reference.count <= maxReferenceLength, allowed else {
            throw InventoryError(
                .invalidInput,
                nl: "referentie \"\(reference.prefix(maxReferenceLength))\" is ongeldig — gebruik letters, cijfers en - _ : . / # (hoogstens \(maxReferenceLength) tekens), bijvoorbeeld boodschappen-0815",
                en: "reference \"\(reference.prefix(maxReferenceLength))\" is not valid — use letters, digits and - _ : . / # (at most \(maxReferenceLength) characters), e.g. groceries-0815"
            )
        }
        return reference
    }

    static func holding(reference: String, _ db: Database) throws -> Payment? {
        try Payment
            .filter(Column("reference") == reference)
            .filter(PaymentStatus.holdingReference.map(\.rawValue).contains(Column("status")))
            .fetchOne(db)
    }

    static func checkServiceUse(_ id: Int64, amount: Cents, _ db: Database) throws {
        guard let use = try ServiceUse.fetchOne(db, key: id) else { throw missingUse(id) }
        guard use.payment == .pin, use.paymentState == .awaitingPayment, use.priceCents == amount.value else {
            throw InventoryError(
                .conflict,
                nl: "registratie \(id) wacht niet op een pinbetaling van \(amount.formatted(.nl)) — zie `kiosk rides`",
                en: "registration \(id) is not awaiting a card payment of \(amount.formatted(.en)) — see `kiosk rides`"
            )
        }
    }

    static func newPayment(_ request: PaymentIntent, reference: String, now: Date, day: LocalDay) -> Payment {
        Payment(
            id: nil, reference: reference, amountCents: request.amount.value, status: .pending, completed: false,
            serviceUseId: request.serviceUseID, terminal: request.terminal, requestedBy: request.staff?.name ?? "kiosk",
            createdAt: now, createdOn: day, sentAt: nil, finishedAt: nil, resultCode: nil, reason: nil,
            receiptNumber: nil, trace: nil, terminalId: nil, maskedPan: nil, cardName: nil, recovered: false
        )
    }

    static func apply(_ outcome: PaymentOutcome, to payment: inout Payment, at now: Date) {
        payment.status = outcome.status
        payment.finishedAt = now
        switch outcome {
        case .approved(let approval):
            payment.resultCode = 0
            payment.reason = nil
            payment.receiptNumber = approval.receiptNumber
            payment.trace = approval.trace
            payment.terminalId = approval.terminalID
            payment.maskedPan = approval.maskedPAN
            payment.cardName = approval.cardName
        case .declined(let code, let reason), .aborted(let code, let reason):
            payment.resultCode = code
            payment.reason = String(reason.prefix(maxLineLength))
        }
    }

    /// A kiosk registration paid by card becomes "paid" only once the payment is final.
    static func settle(_ payment: Payment, _ db: Database) throws {
        guard let useID = payment.serviceUseId, payment.status == .approved, payment.completed else { return }
        try db.execute(
            sql: "UPDATE service_use SET payment_state = 'paid' WHERE id = ? AND payment_state = 'awaiting-payment'",
            arguments: [useID]
        )
    }

    static func inProgress(_ payment: Payment) -> InventoryError {
        InventoryError(
            .conflict,
            nl: "voor \(payment.reference) loopt al een betaling (\(payment.status.text.nl)) — wacht tot die klaar is, zie `kiosk payments`",
            en: "a payment for \(payment.reference) is already under way (\(payment.status.text.en)) — wait for it to finish, see `kiosk payments`"
        )
    }

    static func concurrentRequest(_ reference: String) -> InventoryError {
        InventoryError(
            .conflict,
            nl: "voor \(reference) is net een andere betaling gestart — zie `kiosk payments`",
            en: "another payment for \(reference) has just started — see `kiosk payments`"
        )
    }

    static func missing(_ id: Int64) -> InventoryError {
        InventoryError(.notFound, nl: "geen betaling \(id) — zie `kiosk payments`", en: "no payment \(id) — see `kiosk payments`")
    }

    static func missingUse(_ id: Int64) -> InventoryError {
        InventoryError(.notFound, nl: "geen registratie \(id) — zie `kiosk rides`", en: "no registration \(id) — see `kiosk rides`")
    }
}
