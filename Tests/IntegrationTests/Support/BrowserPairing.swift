import Foundation
import Testing

extension ChromiumPage {
    /// Asks to pair, has the kiosk approve the code shown, and logs Anna in with her PIN: what a
    /// concierge does once with a new tablet. `DashboardBrowserTests` checks each step.
    func pairAndLogIn(base: String, daemon: Daemon, pin: String = "4321") async throws {
        try await navigate(base + "/pair")
        try await submit(formSelector: "form[action='/pair']")
        let shown = try await text()
        let code = try #require(try await evaluate("document.getElementById('code')?.textContent"), "no pairing code on \(shown)")
        let approve = await daemon.kiosk(["dashboard", "approve", code])
        try #require(approve.exit == 0, "approve: \(approve.stderr)")
        try await navigate(base + "/login")
        try await setValue("#pin", pin)
        try await submit(formSelector: "form[action='/login']")
        let landed = try await url
        let page = try await text()
        try #require(landed == base + "/today", "not logged in: \(page.prefix(300))")
    }
}
