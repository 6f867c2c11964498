import Foundation
import HubAPI
import Testing

/// The round on a tablet, end to end (issue 18, done-when): Debian's Chromium, tablet-sized,
/// pairs with the running hubd, fetches the round with the PIN, loses the hub (hubd stopped:
/// out of range), records outcomes, a visit and a signal, reloads the page out of range and
/// opens it with the PIN, then meets the hub again and syncs. The command line then shows
/// exactly those, once each, also after the very same sync is sent again.
/// Screenshots go to `.build/dashboard-shots/round-*.png`.
@Suite(.serialized) struct RoundBrowserTests {
    static func shot(_ name: String) -> String { DashboardBrowserTests.shots + "/round-\(name).png" }

    @Test func aTabletRecordsTheRoundOfflineAndSyncsItOnce() async throws {
        let port = try FreePort.next()
        let hub = try Daemon(extraConfig: "[dashboard]\nlisten = \"127.0.0.1:\(port)\"\n")
        try await hub.start()
        try await IntakeEndToEndTests.addResidents(hub)
        let manifest = hub.directory + "/manifest.csv"
        try "barcode,resident\nAPO-000001,R1\nVG00000001,R1\nVG00000002,R2\n".write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(await hub.kiosk(["manifest", "import", manifest]).exit == 0)
        for code in ["APO-000001", "VG00000001", "VG00000002"] { try hub.scan(code) }
        try await waitUntil(seconds: 30, "3 parcels at the hub") { try await IntakeEndToEndTests.parcels(hub).count == 3 }

        let base = "http://127.0.0.1:\(port)"
        let browser = try Chromium(windowWidth: 800, windowHeight: 1280)
        defer { browser.close() }
        let page = try await browser.newPage()
        try await page.pairAndLogIn(base: base, daemon: hub)
        try await fetchTheRound(page, base: base)

        await hub.signal(SIGTERM)
        try await recordOutOfRange(page)
        try await reloadOutOfRangeAndOpenWithThePIN(page, base: base)

        try await hub.start()
        let sent = try await syncBackInRange(page)
        try await checkTheHubHoldsEachOnce(hub)
        try await replay(sent, page: page)
        try await checkTheHubHoldsEachOnce(hub)
    }

    private func fetchTheRound(_ page: ChromiumPage, base: String) async throws {
        try await page.navigate(base + "/round")
        try await page.waitFor("document.getElementById('round-pin')", "the PIN question")
        try await page.screenshot(to: Self.shot("01-pin"))
        try await page.setValue("#round-pin", "4321")
        try await page.evaluate("document.getElementById('pin-form').requestSubmit()")
        try await page.waitFor("document.querySelectorAll('section.stop').length === 2", "the round's two stops")
        let text = try await page.text()
        #expect(text.contains("Jan V.") && text.contains("Ria J.") && text.contains("bel twee keer"), "\(text.prefix(600))")
        #expect(!text.contains("Vries") && !text.contains("7423") && !text.contains("R1"), "first name and initial, nothing more")
        #expect(try await page.evaluate("localStorage.getItem('buurhub-round').includes('Jan')") == "false", "the copy is encrypted")
        _ = try await page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        try await page.screenshot(to: Self.shot("02-round"))
    }

    private func stop(_ address: String) -> String {
        "[...document.querySelectorAll('section.stop')].find((s) => s.querySelector('h2').textContent.includes('\(address)'))"
    }

    private func tap(_ page: ChromiumPage, in address: String, _ selector: String) async throws {
        let literal = String(decoding: try JSONSerialization.data(withJSONObject: selector, options: .fragmentsAllowed), as: UTF8.self)
        try await page.evaluate("""
            (() => { const b = \(stop(address)).querySelector(\(literal));
              if (!b) throw new Error('nothing matches ' + \(literal)); b.click(); })()
            """)
    }

    private func recordOutOfRange(_ page: ChromiumPage) async throws {
        let jan = "Dorpsstraat 10"
        let ria = "Kerkweg 3"
        #expect(try await page.evaluate("\(stop(jan)).querySelector('button[data-outcome=letterbox]') === null") == "true", "medication: no letterbox")
        try await tap(page, in: jan, "button[data-act=outcome][data-outcome=contact]")
        try await page.waitFor("\(stop(jan)).querySelector('button[data-minutes]')", "the minutes question")
        try await page.screenshot(to: Self.shot("03-minutes"))
        try await tap(page, in: jan, "button[data-minutes='5-15']")
        try await tap(page, in: ria, "button[data-act=outcome][data-outcome=not-home]")
        try await page.waitFor("\(stop(ria)).classList.contains('done')", "Ria's stop done")
        try await tap(page, in: jan, "button[data-open^=visit]")
        try await page.setValue("form[data-form=visit] select[name=reason]", "chat")
        try await page.setValue("form[data-form=visit] input[name=minutes]", "12")
        try await page.evaluate("document.querySelector('form[data-form=visit]').requestSubmit()")
        try await page.waitFor("document.getElementById('queue').textContent.includes('Wachtend: 4')", "four entries queued")
        try await tap(page, in: ria, "button[data-open^=signal]")
        try await page.setValue("form[data-form=signal] select[name=category]", "loneliness")
        try await page.setValue("form[data-form=signal] textarea[name=text]", "Gordijnen overdag dicht, brievenbus vol")
        try await page.evaluate("document.querySelector('form[data-form=signal]').requestSubmit()")
        try await page.waitFor("document.getElementById('queue').textContent.includes('Wachtend: 5')", "five entries queued")
        try await page.waitFor("document.getElementById('status').textContent.includes('Geen verbinding')", "the tablet knows it is out of range")
        try await page.screenshot(to: Self.shot("04-offline"))
    }

    private func reloadOutOfRangeAndOpenWithThePIN(_ page: ChromiumPage, base: String) async throws {
        try await page.navigate(base + "/round")
        try await page.waitFor("document.getElementById('round-pin')", "the PIN question after a reload")
        #expect(!(try await page.text()).contains("Jan V."), "nothing shows before the PIN")
        try await page.setValue("#round-pin", "1111")
        try await page.evaluate("document.getElementById('pin-form').requestSubmit()")
        try await page.waitFor("document.getElementById('status').textContent.includes('opent de ronde niet')", "a wrong PIN refused")
        try await page.setValue("#round-pin", "4321")
        try await page.evaluate("document.getElementById('pin-form').requestSubmit()")
        try await page.waitFor("document.getElementById('queue')?.textContent.includes('Wachtend: 5')", "the queue kept across the reload")
        try await page.screenshot(to: Self.shot("05-reopened"))
    }

    /// Records each body the page sends to the sync, so the test can send the same again.
    private func syncBackInRange(_ page: ChromiumPage) async throws -> [String] {
        try await page.evaluate("""
            (() => { const original = window.fetch; window.sentBodies = [];
              window.fetch = (url, init) => { if (url === '/api/round/sync') window.sentBodies.push(init.body); return original(url, init); };
              window.originalFetch = original; })()
            """)
        try await page.click("button[data-act=sync]")
        try await page.waitFor("document.getElementById('status').textContent.includes('over 10 minuten')", "the round sent, to be wiped soon")
        #expect(try await page.evaluate("document.getElementById('queue').textContent.includes('Wachtend: 0')") == "true")
        try await page.screenshot(to: Self.shot("06-sent"))
        try await page.click("button[data-act=finish]")
        try await page.waitFor("document.getElementById('status').textContent.includes('gewist')", "the round closed and wiped")
        #expect(try await page.evaluate("localStorage.getItem('buurhub-round')") == nil, "the device's copy is gone")
        try await page.screenshot(to: Self.shot("07-wiped"))
        let sent = try #require(try await page.evaluate("JSON.stringify(window.sentBodies)"))
        return try #require(try JSONSerialization.jsonObject(with: Data(sent.utf8)) as? [String])
    }

    private func replay(_ bodies: [String], page: ChromiumPage) async throws {
        #expect(!bodies.isEmpty)
        for body in bodies {
            let answer = try #require(try await page.evaluate("""
                window.originalFetch('/api/round/sync', { method: 'POST', credentials: 'same-origin', headers: {
                  'Content-Type': 'application/json', 'X-CSRF-Token': document.querySelector('meta[name=csrf]').content },
                  body: \(String(decoding: try JSONSerialization.data(withJSONObject: body, options: .fragmentsAllowed), as: UTF8.self)) })
                .then((r) => r.text())
                """))
            let sync = try HubJSON.decoder().decode(RoundSyncResponse.self, from: Data(answer.utf8))
            #expect(!sync.receipts.isEmpty && sync.receipts.allSatisfy { $0.replayed && $0.state == "applied" }, "\(answer)")
        }
    }

    private func checkTheHubHoldsEachOnce(_ hub: Daemon) async throws {
        let parcels = try await IntakeEndToEndTests.parcels(hub)
        let outcomes = Dictionary(uniqueKeysWithValues: parcels.map { ($0.barcode, $0.outcome ?? "-") })
        #expect(outcomes == ["APO-000001": "contact", "VG00000001": "contact", "VG00000002": "not-home"], "\(outcomes)")
        let signals = try await hub.json([SignalView].self, ["signals"])
        #expect(signals.map(\.text) == ["Gordijnen overdag dicht, brievenbus vol"] && signals.first?.category == "loneliness" && signals.first?.openedBy == "Anna")
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let contact = try #require(try await hub.json(HubAPI.PeriodReport.self, ["report", "month", month]).contact)
        #expect(contact.contactMoments == 1 && contact.visitsWithoutDelivery == 1, "Jan spoken to and visited: \(contact)")
        #expect(contact.signals.map { [$0.category, "\($0.opened)"] } == [["loneliness", "1"]])
        let audit = await hub.kiosk(["audit", "--json"])
        #expect(audit.stdout.components(separatedBy: "\"visit.add\"").count == 2, "one visit recorded")
    }
}
