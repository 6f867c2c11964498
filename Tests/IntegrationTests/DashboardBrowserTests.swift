import Foundation
import Testing

/// The staff dashboard through a real browser: Debian's Chromium asks to pair with the running
/// hubd, a staff member approves the code with `kiosk dashboard approve`, logs in with the PIN
/// and walks every page. Screenshots go to `.build/dashboard-shots/` for a person to look at.
@Suite(.serialized) struct DashboardBrowserTests {
    static var shots: String {
        if let directory = ProcessInfo.processInfo.environment["BUURHUB_SHOTS"] { return directory }
        return Binaries.directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("dashboard-shots").path
    }

    @Test func aPairedBrowserLogsInAndWalksEveryPage() async throws {
        let port = try FreePort.next()
        let daemon = try Daemon(extraConfig: "[dashboard]\nlisten = \"127.0.0.1:\(port)\"\n")
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-77", name: "Jansen <script>")
        try daemon.scan("VG12345678")
        try await waitUntil(seconds: 10, "the scan") { await daemon.kiosk(["parcels", "--json"]).stdout.contains("VG12345678") }
        let base = "http://127.0.0.1:\(port)"
        let browser = try Chromium()
        defer { browser.close() }
        let page = try await browser.newPage()

        try await page.navigate(base + "/today")
        #expect(try await page.url == base + "/pair")
        #expect(try await page.text().contains("nog niet gekoppeld"))
        try await page.screenshot(to: Self.shots + "/01-unpaired.png")
        try await page.submit(formSelector: "form[action='/pair']")
        let afterSubmit = try await page.text()
        let code = try #require(try await page.evaluate("document.getElementById('code')?.textContent"), "\(afterSubmit)")
        #expect(code.count == 6)
        try await page.screenshot(to: Self.shots + "/02-code.png")

        let approve = await daemon.kiosk(["dashboard", "approve", code])
        #expect(approve.exit == 0, "approve: \(approve.stderr)")
        #expect(approve.stdout.contains("paired"))

        try await page.navigate(base + "/login")
        try await page.screenshot(to: Self.shots + "/03-login.png")
        try await page.setValue("#pin", "4321")
        try await page.submit(formSelector: "form[action='/login']")
        #expect(try await page.url == base + "/today")
        let cookies = try await page.cookies()
        #expect(Set(cookies.map(\.name)) == ["bh_browser", "bh_session"])
        #expect(cookies.allSatisfy { $0.httpOnly && $0.sameSite == "Strict" })
        #expect(try await page.evaluate("document.cookie") == "")

        try await walkPages(page, base: base)
        try await residentLookIsAudited(page, base: base, daemon: daemon)
        try await anotherBrowserGetsNothing(browser, base: base)

        let revoke = await daemon.kiosk(["dashboard", "revoke", "1"])
        #expect(revoke.exit == 0, "revoke: \(revoke.stderr)")
        try await page.navigate(base + "/stock")
        #expect(try await page.url == base + "/pair")
        #expect(try await page.text().contains("ingetrokken"))
    }

    private func walkPages(_ page: ChromiumPage, base: String) async throws {
        let pages: [(path: String, heading: String, content: String)] = [
            ("/today", "Vandaag", "VG12345678"),
            ("/stock", "Voorraad", "Bestellen"),
            ("/rides", "Ritten", "Lopende ritten"),
            ("/signals", "Signalen", "Uit zicht"),
            ("/report", "Rapport", "Contactaandeel"),
            ("/devices", "Apparaten", "intake-scanner"),
            ("/audit", "Audit", "browser.pair"),
        ]
        for (index, expected) in pages.enumerated() {
            try await page.navigate(base + expected.path)
            #expect(try await page.evaluate("document.querySelector('h1').textContent") == expected.heading)
            let text = try await page.text()
            #expect(text.contains(expected.content), "\(expected.path): \(text.prefix(400))")
            try await page.screenshot(to: Self.shots + "/\(10 + index)-\(expected.path.dropFirst()).png")
        }
        try await page.navigate(base + "/report")
        let charts = try await page.evaluate("Array.from(document.images).map(i => i.complete && i.naturalWidth > 0).join(',')")
        #expect(charts == "true,true", "both charts load under the Content-Security-Policy")
    }

    private func residentLookIsAudited(_ page: ChromiumPage, base: String, daemon: Daemon) async throws {
        try await page.navigate(base + "/residents/1")
        #expect(try await page.evaluate("document.querySelector('h1').textContent") == "Jansen <script>")
        #expect(try await page.evaluate("document.scripts.length") == "0", "a name is text, never markup")
        try await page.screenshot(to: Self.shots + "/20-resident.png")
        let audit = await daemon.kiosk(["audit", "--json"])
        #expect(audit.stdout.contains("resident.timeline"))
    }

    private func anotherBrowserGetsNothing(_ browser: Chromium, base: String) async throws {
        let stranger = try await browser.newPage()
        for path in ["/today", "/report", "/residents/1", "/login"] {
            try await stranger.navigate(base + path)
            #expect(try await stranger.url == base + "/pair", "\(path)")
        }
        try await stranger.navigate(base + "/api/today")
        let refusal = try await stranger.text()
        #expect(refusal.contains("wrong-role") && !refusal.contains("VG12345678"))
        try await stranger.screenshot(to: Self.shots + "/30-stranger.png")
    }
}
