import Foundation
import Inventory
import Logging

/// The kiosk console's flow, kept in `hubd` so the console itself holds nothing but the screen
/// it shows. Every change is published to the consoles as a `.screen` event.
public actor KioskSession {
    let stores: KioskStores
    let rules: KioskRules
    let calendar: HubCalendar
    let events: EventBroadcaster
    let logger: Logger
    let screens: ResidentScreens
    let staffScreens: StaffScreens
    /// The card terminal's core; nil when no terminal is configured, and `pin` services are
    /// then left "awaiting payment" for the concierge.
    let payments: PaymentDesk?
    /// The stock desk whose batch staff may run from the console; nil in tests without one.
    let stock: StockDesk?
    /// The payment started from the kiosk, kept so tests and shutdown can wait for its end;
    /// a payment always runs to its outcome, whatever the screen does meanwhile.
    var paymentTask: Task<Void, Never>?

    var stage: KioskStage = .idle
    var session: String?
    var screen: ConsoleScreen
    var lastActivity: Date
    /// Bumped by every screen change, so a flow that awaited a store can tell whether the
    /// kiosk moved on meanwhile.
    var generation = 0

    public init(
        stores: KioskStores, rules: KioskRules, calendar: HubCalendar, events: EventBroadcaster, logger: Logger,
        payments: PaymentDesk? = nil, stock: StockDesk? = nil
    ) {
        self.stores = stores
        self.payments = payments
        self.stock = stock
        self.rules = rules
        self.calendar = calendar
        self.events = events
        self.logger = logger
        screens = ResidentScreens(rules: rules, calendar: calendar)
        staffScreens = StaffScreens(rules: rules, calendar: calendar)
        screen = screens.idle()
        lastActivity = calendar.now()
    }

    /// The screen as it should be now; a screen whose time is up has already gone back to idle.
    public func current() async -> ConsoleScreen {
        await expireIfIdle()
        return screen
    }

    /// A key on the keypad or a GPIO button. Keys not on the screen, or meant for an earlier
    /// screen, are refused and change nothing.
    public func press(_ key: String, session claimed: String?) async throws -> ConsoleScreen {
        await expireIfIdle()
        guard claimed == session, session != nil else { throw KioskRefusal.stale }
        guard screen.offers(key) else { throw KioskRefusal.notOnScreen }
        lastActivity = calendar.now()
        session = nil
        switch stage {
        case .visit(let visit): await choose(key, in: visit)
        case .staff(let desk): await staffKey(key, at: desk)
        case .paying(let payment): await payingKey(key, payment)
        case .idle, .resolving, .notice, .staffPIN, .claim: throw KioskRefusal.notOnScreen
        }
        return screen
    }

    /// Digits typed and sent with Enter: a PIN, or a resident number in staff mode.
    public func enter(_ value: String, session claimed: String?) async throws -> ConsoleScreen {
        await expireIfIdle()
        guard claimed == session, session != nil, screen.entry != .none else { throw KioskRefusal.stale }
        lastActivity = calendar.now()
        session = nil
        switch stage {
        case .staffPIN(let member, let digest): await checkPIN(value, for: member, digest: digest)
        case .staff(let desk): await staffEntry(value, at: desk)
        case .idle, .resolving, .notice, .visit, .paying, .claim: throw KioskRefusal.notOnScreen
        }
        return screen
    }

    /// The console timed out on the screen it names: back to idle, forgetting the person. A reset
    /// for a screen that has since changed (or for the idle screen) changes nothing, and neither
    /// does one during a card payment, whose screen stays until the terminal has answered.
    public func reset(session claimed: String?) async -> ConsoleScreen {
        if case .paying = stage { return screen }
        if case .claim = stage { return screen }
        if let claimed, claimed == session { await goIdle() }
        return screen
    }

    /// Every screen but idle gets a session, so a key or a timeout meant for it cannot touch the next.
    func show(_ next: ConsoleScreen, stage nextStage: KioskStage) async {
        var next = next
        if next.kind != .idle, next.session == nil { next.session = newSession() }
        generation += 1
        stage = nextStage
        session = next.session
        screen = next
        lastActivity = calendar.now()
        await events.publish(HubEvent(kind: .screen, time: calendar.now(), device: "kiosk", barcode: nil, message: next.headline, screen: next))
    }

    func goIdle() async {
        if case .staff(let desk) = stage { try? await stores.staff.closeSession(token: desk.token) }
        await show(screens.idle(), stage: .idle)
    }

    func newSession() -> String {
        String(UUID().uuidString.prefix(12)).lowercased()
    }

    func expireIfIdle() async {
        switch stage {
        case .idle, .resolving, .paying, .claim: return
        default: break
        }
        let elapsed = calendar.now().timeIntervalSince(lastActivity)
        if elapsed > Double(screen.timeoutSeconds) { await goIdle() }
    }
}
