import Devices
import Foundation
import Inventory
import Logging

/// Morning intake: each scan at an intake device becomes a parcel. The concierge hears and
/// sees the result only after the store's commit has returned.
public struct IntakeWorkflow: Sendable {
    let parcels: ParcelStore
    let calendar: HubCalendar
    let feedback: any FeedbackSink
    let events: EventBroadcaster
    let logger: Logger

    public init(
        parcels: ParcelStore, calendar: HubCalendar,
        feedback: any FeedbackSink, events: EventBroadcaster, logger: Logger
    ) {
        self.parcels = parcels
        self.calendar = calendar
        self.feedback = feedback
        self.events = events
        self.logger = logger
    }

    @discardableResult
    public func handle(_ input: InputEvent) async -> HubEvent {
        let event: HubEvent
        switch input.payload {
        case .code(let code):
            event = await receive(code, from: input)
        case .rejected(let rejection):
            event = rejected(rejection, from: input)
        case .tap:
            logger.warning("pass tapped on a reader whose role is intake: nothing registered — set role = \"pass\" for it in hubd.toml", metadata: ["device": "\(input.device)"])
            event = HubEvent(kind: .scanRejected, time: input.time, device: input.device, barcode: nil, message: IntakeMessages.passAtIntake)
        case .button:
            event = rejected(InputRejection(.binary, "a button at an intake device — give the buttons role = \"buttons\" in hubd.toml"), from: input)
        }
        await feedback.signal(event.kind.feedback, device: input.device)
        await events.publish(event)
        return event
    }

    private func receive(_ code: ScannedCode, from input: InputEvent) async -> HubEvent {
        let text = code.text
        do {
            let scan = ParcelScan(barcode: text, device: input.device, receivedAt: input.time, receiver: .intakeOperator, raw: code.raw)
            let result = try await parcels.receive(scan)
            return acknowledge(result, from: input)
        } catch let error as InventoryError {
            logger.warning("scan refused", metadata: ["device": "\(input.device)", "reason": "\(error.text.en)"])
            return HubEvent(kind: .scanRejected, time: input.time, device: input.device, barcode: nil, message: error.text)
        } catch {
            parcels.noteFailedWrite(error)
            logger.error("scan NOT stored", metadata: ["device": "\(input.device)", "error": "\(error)"])
            return HubEvent(kind: .scanFailed, time: input.time, device: input.device, barcode: text, message: IntakeMessages.notStored)
        }
    }

    /// Runs after the commit returned: this log line is the acknowledgement the journal keeps.
    private func acknowledge(_ result: ReceiveResult, from input: InputEvent) -> HubEvent {
        let parcel = result.parcel
        switch result {
        case .received(_, let resident):
            logger.notice("scan stored", metadata: [
                "barcode": "\(parcel.barcode)", "parcel": "\(parcel.id.map(String.init) ?? "-")", "device": "\(input.device)",
                "supplier": "\(parcel.supplierId)", "resident": "\(resident?.id.map(String.init) ?? "unassigned")",
            ])
            let view = ParcelView(parcel: parcel, supplierName: parcels.suppliers.name(of: parcel.supplierId), resident: resident, now: calendar.now())
            return HubEvent(
                kind: .scanAccepted, time: input.time, device: input.device, barcode: parcel.barcode,
                message: IntakeMessages.received(view), parcel: view
            )
        case .duplicate:
            logger.info("scan duplicate", metadata: ["barcode": "\(parcel.barcode)", "parcel": "\(parcel.id.map(String.init) ?? "-")", "device": "\(input.device)"])
            let when = calendar.day(of: parcel.receivedAt) == calendar.day(of: input.time)
                ? calendar.clockTime(parcel.receivedAt) : calendar.dayAndTime(parcel.receivedAt)
            return HubEvent(
                kind: .scanDuplicate, time: input.time, device: input.device, barcode: parcel.barcode,
                message: IntakeMessages.alreadyReceived(parcel.barcode, when)
            )
        }
    }

    private func rejected(_ rejection: InputRejection, from input: InputEvent) -> HubEvent {
        logger.warning("scan rejected", metadata: ["device": "\(input.device)", "code": "\(rejection.code)", "reason": "\(rejection.message)"])
        return HubEvent(
            kind: .scanRejected, time: input.time, device: input.device, barcode: nil,
            message: IntakeMessages.rejected(rejection)
        )
    }
}

extension HubEvent.Kind {
    var feedback: FeedbackSignal {
        switch self {
        case .scanAccepted: .accepted
        case .scanDuplicate: .duplicate
        case .scanRejected, .scanFailed: .rejected
        case .screen, .payment, .stock: .attention
        }
    }
}
