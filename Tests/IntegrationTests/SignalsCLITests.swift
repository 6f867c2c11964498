import Foundation
import HubAPI
import Testing

/// Issue 18 through the running `hubd` and `kiosk`: signals with follow-up, visits, the quiet
/// list, the hand-over sheet and what erasing a resident takes with it.
@Suite(.serialized) struct SignalsCLITests {
    @Test func signalsVisitsAndTheQuietListThroughTheCommandLine() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await CentralReportTests.aDay(at: hub)
        let quiet = try await hub.json([QuietResidentView].self, ["residents", "quiet", "--days", "7"])
        #expect(quiet.map(\.reference) == ["R2"], "R1 had a contact at the door; R2 only a neighbour hand-over: \(quiet)")

        let opened = try await hub.json(SignalView.self, [
            "signals", "add", "R2", "--category", "loneliness", "--text", "Zit veel alleen, vraagt naar koffieochtend", "--owner", "social-team",
        ])
        #expect(opened.status == "open" && opened.owner == "social-team" && opened.residentName == "Ria Jansen")
        let visit = await hub.kiosk(["visits", "add", "R2", "--reason", "follow-up", "--minutes", "20", "--signal", String(opened.id)])
        #expect(visit.exit == 0, "\(visit.stderr)")
        #expect(try await hub.json([QuietResidentView].self, ["residents", "quiet", "--days", "7"]).isEmpty, "the visit was a personal contact")

        let sheet = try await hub.kiosk(["signals", "handover", String(opened.id), "--to", "gp", "--json"])
        #expect(sheet.exit == 0, "\(sheet.stderr)")
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(sheet.stdout.utf8)) as? [String: Any]).keys
        #expect(Set(keys) == ["signal_id", "to", "resident_name", "street", "house_number", "postcode", "town", "category", "text",
                               "noticed_on", "handed_over_by", "handed_over_on"], "only what the receiving party needs: \(keys.sorted())")
        #expect(!sheet.stdout.contains("R2") && !sheet.stdout.contains("bel twee keer"), "no reference, no remarks")
        let audit = await hub.kiosk(["audit", "--json"])
        #expect(audit.stdout.contains("signal \(opened.id) to gp"), "the audit row says to whom")

        let closed = await hub.kiosk(["signals", "close", String(opened.id)])
        #expect(closed.exit == 0, "\(closed.stderr)")
        let again = await hub.kiosk(["signals", "close", String(opened.id)])
        #expect(again.exit != 0 && again.stderr.contains("already closed"), "\(again.stderr)")
        let unknown = await hub.kiosk(["signals", "add", "R9", "--category", "other", "--text", "x"])
        #expect(unknown.exit != 0 && unknown.stderr.contains("R9"), "\(unknown.stderr)")
        let listed = try await hub.json([SignalView].self, ["signals"])
        #expect(listed.map(\.id) == [opened.id] && listed.first?.status == "closed")
        #expect(try await hub.json([SignalView].self, ["signals", "--open"]).isEmpty)

        let timeline = await hub.kiosk(["residents", "timeline", "R2", "--lang", "en"])
        #expect(timeline.stdout.contains("visit without a delivery (follow-up), 20 min"), "\(timeline.stdout)")
        let odd = await hub.kiosk(["parcel", "deliver", "VG00000002", "--outcome", "letterbox", "--minutes", "5-15"])
        #expect(odd.exit != 0 && odd.stderr.contains("minutes go with a contact"), "\(odd.stderr)")
        let spoken = await hub.kiosk(["parcel", "deliver", "VG00000002", "--outcome", "contact", "--minutes", "5-15"])
        #expect(spoken.exit == 0, "the second try found Ria at home: \(spoken.stderr)")
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let contact = try #require(try await hub.json(HubAPI.PeriodReport.self, ["report", "month", month]).contact)
        #expect(contact.contactMoments == 2 && contact.visitsWithoutDelivery == 1, "Jan at the door; Ria visited and spoken to the same day: \(contact)")
        #expect(contact.averageContactMinutesTenths == 150, "the visit's 20 minutes and a 5–15 contact counted as 10")
        #expect(contact.signals.map { [$0.category, "\($0.opened)", "\($0.handedOver)", "\($0.closed)"] } == [["loneliness", "1", "1", "1"]])
        let text = await hub.kiosk(["report", "month", month, "--lang", "en"])
        #expect(text.stdout.contains("2 contact moments with 2 residents"), "\(text.stdout)")
        let erased = await hub.kiosk(["residents", "erase", "R2", "--yes", "--json"])
        #expect(erased.exit == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("\"visits\" : 1") || erased.stdout.contains("\"visits\":1"), "\(erased.stdout)")
        #expect(try await hub.json([SignalView].self, ["signals"]).isEmpty, "erasing the resident took their signal")
    }
}
