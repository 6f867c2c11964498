import HubAPI
import Workflows

extension Workflows.ConsoleScreen: WireRepresentable {
    var wire: HubAPI.ConsoleScreen {
        HubAPI.ConsoleScreen(
            session: session, kind: kind.wire, headline: headline.wire, lines: lines.wire, options: options.wire, entry: entry.wire,
            tone: tone.wire, timeoutSeconds: timeoutSeconds
        )
    }
}

extension Workflows.ConsoleScreen.Kind: WireRepresentable {
    var wire: HubAPI.ConsoleScreen.Kind {
        switch self {
        case .idle: .idle
        case .choice: .choice
        case .confirm: .confirm
        case .done: .done
        case .paying: .paying
        case .notice: .notice
        case .pin: .pin
        case .staff: .staff
        case .waiting: .waiting
        }
    }
}

extension Workflows.ConsoleScreen.Entry: WireRepresentable {
    var wire: HubAPI.ConsoleScreen.Entry {
        switch self {
        case .none: .none
        case .pin: .pin
        case .number: .number
        }
    }
}

extension Workflows.ConsoleScreen.Tone: WireRepresentable {
    var wire: HubAPI.ConsoleScreen.Tone {
        switch self {
        case .calm: .calm
        case .success: .success
        case .attention: .attention
        }
    }
}

extension Workflows.ConsoleOption: WireRepresentable {
    var wire: HubAPI.ConsoleOption {
        HubAPI.ConsoleOption(key: key, label: label.wire, detail: detail.wire)
    }
}

extension Workflows.HubEvent: WireRepresentable {
    var wire: HubAPI.HubEvent {
        HubAPI.HubEvent(
            kind: kind.wire, time: time, device: device, barcode: barcode, message: message.wire, parcel: parcel.wire,
            screen: screen.wire, payment: payment.wire, stock: stock.wire
        )
    }
}

extension Workflows.HubEvent.Kind: WireRepresentable {
    var wire: HubAPI.HubEvent.Kind {
        switch self {
        case .scanAccepted: .scanAccepted
        case .scanDuplicate: .scanDuplicate
        case .scanRejected: .scanRejected
        case .scanFailed: .scanFailed
        case .screen: .screen
        case .payment: .payment
        case .stock: .stock
        }
    }
}
