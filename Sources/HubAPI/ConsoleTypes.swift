import Foundation

/// What the kiosk console shows: one question per screen, decided by `hubd` in both languages.
/// The console renders it and sends back the key pressed; it holds nothing else, so it can
/// never show one resident another's data.
public struct ConsoleScreen: Codable, Sendable, Equatable {
    /// Sent back with each key so a key meant for a screen that has since changed is refused.
    public var session: String?
    public var kind: Kind
    /// The key line, drawn in block letters.
    public var headline: LocalizedText
    public var lines: [LocalizedText]
    public var options: [ConsoleOption]
    public var entry: Entry
    public var tone: Tone
    /// Back to idle, screen wiped, after this many seconds without a key.
    public var timeoutSeconds: Int

    public init(
        session: String?, kind: Kind, headline: LocalizedText, lines: [LocalizedText] = [], options: [ConsoleOption] = [],
        entry: Entry = .none, tone: Tone = .calm, timeoutSeconds: Int
    ) {
        self.session = session
        self.kind = kind
        self.headline = headline
        self.lines = lines
        self.options = options
        self.entry = entry
        self.tone = tone
        self.timeoutSeconds = timeoutSeconds
    }
}

extension ConsoleScreen {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// "Houd uw pas voor de lezer".
        case idle
        /// Greeting plus the numbered services (the open ride's check-out first).
        case choice
        /// The chosen service and the amount to pay, before anything is booked.
        case confirm
        /// Booked: what was registered.
        case done
        /// A card payment in progress on the terminal; only "0" (stop) is offered.
        case paying
        /// A message with nothing to choose: unknown or blocked pass, someone else busy, an error.
        case notice
        /// Staff mode: type the PIN.
        case pin
        /// Staff mode: the staff menu and its sub-screens.
        case staff
        /// Staff mode: waiting for a pass tap (enrolment) or a number typed on the keypad.
        case waiting
    }
}

extension ConsoleScreen {
    /// What the keypad types on this screen besides the listed options.
    public enum Entry: String, Codable, Sendable, CaseIterable {
        case none
        /// Digits shown as dots, sent with Enter.
        case pin
        /// Digits shown as typed (a resident number), sent with Enter.
        case number
    }
}

extension ConsoleScreen {
    public enum Tone: String, Codable, Sendable, CaseIterable {
        case calm
        case success
        case attention
    }
}

/// One numbered line: the keypad key and what it does.
public struct ConsoleOption: Codable, Sendable, Equatable {
    public var key: String
    public var label: LocalizedText
    /// Shown right-aligned, e.g. "€ 1,50".
    public var detail: LocalizedText?

    public init(key: String, label: LocalizedText, detail: LocalizedText? = nil) {
        self.key = key
        self.label = label
        self.detail = detail
    }
}

/// A live event for the console: what just happened at a device, already in the hub's words.
public struct HubEvent: Codable, Sendable, Equatable {
    public var kind: Kind
    public var time: Date
    public var device: String
    public var barcode: String?
    public var message: LocalizedText
    public var parcel: ParcelView?
    public var screen: ConsoleScreen?
    public var payment: PaymentNotice?
    public var stock: StockDeskNotice?

    public init(
        kind: Kind, time: Date, device: String, barcode: String?, message: LocalizedText, parcel: ParcelView? = nil,
        screen: ConsoleScreen? = nil, payment: PaymentNotice? = nil, stock: StockDeskNotice? = nil
    ) {
        self.kind = kind
        self.time = time
        self.device = device
        self.barcode = barcode
        self.message = message
        self.parcel = parcel
        self.screen = screen
        self.payment = payment
        self.stock = stock
    }
}

extension HubEvent {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case scanAccepted = "scan-accepted"
        case scanDuplicate = "scan-duplicate"
        case scanRejected = "scan-rejected"
        case scanFailed = "scan-failed"
        /// The kiosk console's screen changed; `screen` holds the new one.
        case screen
        /// A card payment moved on; `payment` says which and how.
        case payment
        /// A scan or a step at the stock desk; `stock` says what became of it.
        case stock
    }
}

extension ConsoleScreen {
    /// Whether `key` is one this screen offers.
    public func offers(_ key: String) -> Bool {
        options.contains { $0.key == key }
    }
}
