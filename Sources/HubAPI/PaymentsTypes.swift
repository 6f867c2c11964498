import Foundation

/// One attempt to charge an amount on the card terminal for a reference (a ride, a service
/// use, a purchase). A declined or aborted attempt frees the reference for a new attempt; an
/// approved one answers every later request for the same reference.
public struct Payment: Codable, Sendable, Equatable {
    public var id: Int64?
    public var reference: String
    public var amountCents: Int
    public var status: PaymentStatus
    /// Approved and confirmed: the terminal finished the transaction, or recovery found it in
    /// the terminal's record. An approval not yet completed is re-checked after a restart.
    public var completed: Bool
    public var serviceUseId: Int64?
    public var terminal: String
    public var requestedBy: String
    public var createdAt: Date
    public var createdOn: LocalDay
    public var sentAt: Date?
    public var finishedAt: Date?
    public var resultCode: Int?
    public var reason: String?
    public var receiptNumber: Int?
    public var trace: Int?
    public var terminalId: String?
    public var maskedPan: String?
    public var cardName: String?
    public var recovered: Bool

    public init(
        id: Int64?, reference: String, amountCents: Int, status: PaymentStatus, completed: Bool, serviceUseId: Int64?,
        terminal: String, requestedBy: String, createdAt: Date, createdOn: LocalDay, sentAt: Date?, finishedAt: Date?,
        resultCode: Int?, reason: String?, receiptNumber: Int?, trace: Int?, terminalId: String?, maskedPan: String?,
        cardName: String?, recovered: Bool
    ) {
        self.id = id
        self.reference = reference
        self.amountCents = amountCents
        self.status = status
        self.completed = completed
        self.serviceUseId = serviceUseId
        self.terminal = terminal
        self.requestedBy = requestedBy
        self.createdAt = createdAt
        self.createdOn = createdOn
        self.sentAt = sentAt
        self.finishedAt = finishedAt
        self.resultCode = resultCode
        self.reason = reason
        self.receiptNumber = receiptNumber
        self.trace = trace
        self.terminalId = terminalId
        self.maskedPan = maskedPan
        self.cardName = cardName
        self.recovered = recovered
    }
}

/// Where a card payment stands. `pending` is written before anything goes to the terminal and
/// `sent` just before the charge command, so a restart can tell "never sent" (nothing charged)
/// from "maybe charged" (`unknown`, recovered from the terminal's own record).
public enum PaymentStatus: String, Codable, Sendable, CaseIterable {
    case pending
    case sent
    case approved
    case declined
    case aborted
    case unknown
}

/// A payment with its receipt, as `kiosk payments` shows it.
public struct PaymentView: Codable, Sendable, Equatable {
    public var payment: Payment
    public var receipt: [String]

    public init(payment: Payment, receipt: [String]) {
        self.payment = payment
        self.receipt = receipt
    }
}

/// How a payment request ended, for the kiosk, `kiosk pay` and the API.
public struct PaymentSettlement: Codable, Sendable, Equatable {
    public var payment: Payment
    public var receipt: [String]
    /// True when the reference was already paid and nothing was charged now.
    public var alreadyPaid: Bool

    public init(payment: Payment, receipt: [String], alreadyPaid: Bool) {
        self.payment = payment
        self.receipt = receipt
        self.alreadyPaid = alreadyPaid
    }
}

/// One end-of-day comparison of the hub's approved payments with the terminal's totals. A
/// difference is flagged, never corrected: staff compare the receipts.
public struct PaymentReconciliation: Codable, Sendable, Equatable {
    public var id: Int64?
    public var closedAt: Date
    public var since: Date?
    public var hubCount: Int
    public var hubAmountCents: Int
    public var terminalCount: Int
    public var terminalAmountCents: Int
    public var matches: Bool
    public var closedBy: String

    public init(
        id: Int64?, closedAt: Date, since: Date?, hubCount: Int, hubAmountCents: Int, terminalCount: Int,
        terminalAmountCents: Int, matches: Bool, closedBy: String
    ) {
        self.id = id
        self.closedAt = closedAt
        self.since = since
        self.hubCount = hubCount
        self.hubAmountCents = hubAmountCents
        self.terminalCount = terminalCount
        self.terminalAmountCents = terminalAmountCents
        self.matches = matches
        self.closedBy = closedBy
    }
}

/// The payment side of `kiosk status`.
public struct PaymentDeskStatus: Codable, Sendable, Equatable {
    public var terminal: String
    public var protocolName: String
    public var runningPaymentId: Int64?
    /// Payments whose outcome is still being recovered; new payments wait for them.
    public var unresolved: Int
    public var lastProblem: String?
    public var lastContact: Date?
    public var lastReconciliation: PaymentReconciliation?

    public init(
        terminal: String, protocolName: String, runningPaymentId: Int64?, unresolved: Int, lastProblem: String?,
        lastContact: Date?, lastReconciliation: PaymentReconciliation?
    ) {
        self.terminal = terminal
        self.protocolName = protocolName
        self.runningPaymentId = runningPaymentId
        self.unresolved = unresolved
        self.lastProblem = lastProblem
        self.lastContact = lastContact
        self.lastReconciliation = lastReconciliation
    }
}

/// A payment's progress on the event stream: enough for `kiosk pay` and the console to show
/// it, nothing about the card.
public struct PaymentNotice: Codable, Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var amountCents: Int
    public var status: PaymentStatus
    /// Set while the terminal is busy with the customer.
    public var step: PaymentStep?

    public init(id: Int64, reference: String, amountCents: Int, status: PaymentStatus, step: PaymentStep?) {
        self.id = id
        self.reference = reference
        self.amountCents = amountCents
        self.status = status
        self.step = step
    }
}

/// What the person at the terminal is asked to do, in the hub's words.
public enum PaymentStep: String, Codable, Sendable, CaseIterable {
    case connecting
    case insertCard = "insert-card"
    case enterPIN = "enter-pin"
    case waitingForBank = "waiting-for-bank"
    case removeCard = "remove-card"
    case pleaseWait = "please-wait"
    case followTerminal = "follow-terminal"
}
