import HubAPI
import Inventory
import Workflows

extension Inventory.Payment: WireRepresentable {
    var wire: HubAPI.Payment {
        HubAPI.Payment(
            id: id, reference: reference, amountCents: amountCents, status: status.wire, completed: completed,
            serviceUseId: serviceUseId, terminal: terminal, requestedBy: requestedBy, createdAt: createdAt, createdOn: createdOn.wire,
            sentAt: sentAt, finishedAt: finishedAt, resultCode: resultCode, reason: reason, receiptNumber: receiptNumber, trace: trace,
            terminalId: terminalId, maskedPan: maskedPan, cardName: cardName, recovered: recovered
        )
    }
}

extension Inventory.PaymentStatus: WireRepresentable {
    var wire: HubAPI.PaymentStatus {
        switch self {
        case .pending: .pending
        case .sent: .sent
        case .approved: .approved
        case .declined: .declined
        case .aborted: .aborted
        case .unknown: .unknown
        }
    }
}

extension Inventory.PaymentView: WireRepresentable {
    var wire: HubAPI.PaymentView {
        HubAPI.PaymentView(payment: payment.wire, receipt: receipt)
    }
}

extension Workflows.PaymentSettlement: WireRepresentable {
    var wire: HubAPI.PaymentSettlement {
        HubAPI.PaymentSettlement(payment: payment.wire, receipt: receipt, alreadyPaid: alreadyPaid)
    }
}

extension Inventory.PaymentReconciliation: WireRepresentable {
    var wire: HubAPI.PaymentReconciliation {
        HubAPI.PaymentReconciliation(
            id: id, closedAt: closedAt, since: since, hubCount: hubCount, hubAmountCents: hubAmountCents, terminalCount: terminalCount,
            terminalAmountCents: terminalAmountCents, matches: matches, closedBy: closedBy
        )
    }
}

extension Workflows.PaymentDeskStatus: WireRepresentable {
    var wire: HubAPI.PaymentDeskStatus {
        HubAPI.PaymentDeskStatus(
            terminal: terminal, protocolName: protocolName, runningPaymentId: runningPaymentId, unresolved: unresolved,
            lastProblem: lastProblem, lastContact: lastContact, lastReconciliation: lastReconciliation.wire
        )
    }
}

extension Workflows.PaymentNotice: WireRepresentable {
    var wire: HubAPI.PaymentNotice {
        HubAPI.PaymentNotice(id: id, reference: reference, amountCents: amountCents, status: status.wire, step: step.wire)
    }
}

extension Workflows.PaymentStep: WireRepresentable {
    var wire: HubAPI.PaymentStep {
        switch self {
        case .connecting: .connecting
        case .insertCard: .insertCard
        case .enterPIN: .enterPIN
        case .waitingForBank: .waitingForBank
        case .removeCard: .removeCard
        case .pleaseWait: .pleaseWait
        case .followTerminal: .followTerminal
        }
    }
}
