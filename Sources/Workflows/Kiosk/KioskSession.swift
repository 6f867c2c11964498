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

    var stage: KioskStage = .idle
    var session: String?
    var screen: ConsoleScreen
    var lastActivity: Date

    public init(stores: KioskStores, rules: KioskRules, calendar: HubCalendar, events: EventBroadcaster, logger: Logger) {
        self.stores = stores
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
        switch stage {
        case .visit(let visit): await choose(key, in: visit)
        case .staff(let desk): await staffKey(key, at: desk)
        case .idle, .notice, .staffPIN: throw KioskRefusal.notOnScreen
        }
        return screen
    }

    /// Digits typed and sent with Enter: a PIN, or a resident number in staff mode.
    public func enter(_ value: String, session claimed: String?) async throws -> ConsoleScreen {
        await expireIfIdle()
        guard claimed == session, session != nil, screen.entry != .none else { throw KioskRefusal.stale }
        lastActivity = calendar.now()
        switch stage {
        case .staffPIN(let member): await checkPIN(value, for: member)
        case .staff(let desk): await staffEntry(value, at: desk)
        case .idle, .notice, .visit: throw KioskRefusal.notOnScreen
        }
        return screen
    }

    /// The console timed out (or was told to stop): back to idle, forgetting the person.
    public func reset(session claimed: String?) async -> ConsoleScreen {
        if claimed == session || claimed == nil { await goIdle() }
        return screen
    }

    func show(_ next: ConsoleScreen, stage nextStage: KioskStage) async {
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

    private func expireIfIdle() async {
        if case .idle = stage { return }
        let elapsed = calendar.now().timeIntervalSince(lastActivity)
        if elapsed > Double(screen.timeoutSeconds) { await goIdle() }
    }
}
