import Workflows

/// Which live events a caller receives. The console gets its own screen and nothing else; a
/// monitor gets what happened at which device, never to whom; only a staff session (audited
/// when it subscribes) sees names, addresses and medication flags.
struct EventAudience: Sendable {
    var screens: Bool
    var activity: Bool
    var personalData: Bool

    init(_ caller: Caller) {
        let staff = caller.staff != nil
        screens = staff || caller.has(.console) || caller.has(.admin)
        activity = staff || caller.has(.monitor) || caller.has(.admin)
        personalData = staff
    }

    func view(of event: HubEvent) -> HubEvent? {
        if event.kind == .screen { return screens ? event : nil }
        guard activity else { return nil }
        return personalData ? event : event.withoutPersonalData()
    }
}
