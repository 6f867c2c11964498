import Foundation
import HTTPTypes
import HubAPI
import HubApp
import Hummingbird
import HummingbirdTesting
import Inventory
import Testing

/// The round on a tablet through the dashboard's router (issue 18): the page is the one allowed
/// a script, the round needs the PIN and holds nothing but what the issue names, and the sync
/// answers every bad batch the issue lists.
@Suite struct RoundRouteTests {
    func seeded() async throws -> (DashboardTestHub, Application<RouterResponder<HubRequestContext>>) {
        let (rig, app) = try await DashboardTestHub.make()
        _ = try await rig.hub.stores.residents.add(
            ResidentFields(reference: "BZ-1", name: "Jan de Vries", street: "Brink", houseNumber: "12a", postcode: "7411 AA", town: "Deventer", phone: "0570-123456"),
            by: rig.actor
        )
        _ = try await rig.hub.stores.parcels.receive(ParcelScan(barcode: "VG12345678", device: "intake-scanner", receivedAt: rig.clock.now, receivedBy: "Anna"))
        _ = try await rig.hub.stores.parcels.assign(barcode: "VG12345678", residentKey: "BZ-1", by: rig.actor)
        return (rig, app)
    }

    @Test func theRoundPageAloneMayRunItsOwnScript() async throws {
        let (rig, app) = try await seeded()
        try await app.test(.router) { client in
            let jar = try await rig.logIn(client)
            let page = try await client.execute(uri: "/round", method: .get, headers: jar.headers)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            let html = String(buffer: page.body)
            #expect(html.contains(#"<script src="/round.js"></script>"#) && html.contains(#"<meta name="csrf" content="\#(jar.csrf)">"#))
            let script = try await client.execute(uri: "/round.js", method: .get, headers: jar.headers)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(String(buffer: script.body).contains("crypto.subtle.deriveKey"))
            let today = try await client.execute(uri: "/today", method: .get, headers: jar.headers)
            #expect(today.headers[.contentSecurityPolicy]?.contains("script-src") == false, "every other page runs no script")
        }
    }

    @Test func theRoundComesOnlyWithThePINAndHoldsAFirstNameAndInitial() async throws {
        let (rig, app) = try await seeded()
        try await app.test(.router) { client in
            let jar = try await rig.logIn(client)
            let wrong = jar.json(#"{"pin":"0000"}"#)
            let refused = try await client.execute(uri: "/api/round", method: .post, headers: wrong.0, body: wrong.1)
            #expect(refused.status == .unprocessableContent && String(buffer: refused.body).contains("PIN onjuist"))
            let unsigned = jar.json(#"{"pin":"2468"}"#, token: String(repeating: "0", count: 64))
            #expect(try await client.execute(uri: "/api/round", method: .post, headers: unsigned.0, body: unsigned.1).status == .forbidden)
            let right = jar.json(#"{"pin":"2468"}"#)
            let response = try await client.execute(uri: "/api/round", method: .post, headers: right.0, body: right.1)
            #expect(response.status == .ok)
            let body = String(buffer: response.body)
            let round = try HubJSON.decoder().decode(RoundView.self, from: Data(body.utf8))
            #expect(round.stops.map(\.address) == ["Brink 12a"])
            #expect(round.stops.first?.residents.map(\.shortName) == ["Jan V."])
            #expect(round.stops.first?.residents.map(\.ref) == [1], "a number on this round, not the resident's id")
            #expect(round.stops.first?.parcels.map(\.barcode) == ["VG12345678"])
            for private_ in ["Vries", "7411", "Deventer", "0570", "BZ-1", "Anna"] {
                #expect(!body.contains(private_), "\(private_) stays at the hub")
            }
        }
        let audit = try await rig.hub.stores.audit.entries(limit: 20).map(\.action)
        #expect(audit.contains("round.issue"))
    }

    @Test func aSyncIsTakenOnceAndEveryBadBatchGetsAClearAnswer() async throws {
        let (rig, app) = try await seeded()
        try await app.test(.router) { client in
            var jar = try await rig.logIn(client)
            let fetch = jar.json(#"{"pin":"2468"}"#)
            _ = try await client.execute(uri: "/api/round", method: .post, headers: fetch.0, body: fetch.1)
            let batch = #"{"entries":[{"seq":1,"at":"2026-12-06T09:00:00Z","kind":"outcome","barcode":"VG12345678","outcome":"contact","minutes":"5-15"}]}"#
            for replay in [false, true] {
                let sent = jar.json(batch)
                let answer = try await client.execute(uri: "/api/round/sync", method: .post, headers: sent.0, body: sent.1)
                let sync = try HubJSON.decoder().decode(RoundSyncResponse.self, from: Data(buffer: answer.body))
                #expect(sync.receipts.map(\.state) == ["applied"] && sync.receipts.first?.replayed == replay && sync.nextSeq == 2)
            }
            let cases: [(String, HTTPResponse.Status, String)] = [
                (#"{"entries":[{"seq":4,"at":"2026-12-06T09:00:00Z","kind":"visit","resident":1,"reason":"chat","visit_minutes":5}]}"#, .conflict, "wacht op 2"),
                (#"{"entries":[{"seq":2,"at":"2026-12-06T09:00:00Z","kind":"dance"}]}"#, .ok, "outcome, visit of signal"),
                (#"{"entries":[{"seq":3,"at":"2026-12-06T09:00:00Z","kind":"signal","resident":1}]}"#, .ok, "bewoner, soort en tekst"),
                (#"{"entries":[{"seq":4,"at":"2026-12-06T09:00:00Z","kind":"signal","resident":1,"category":"other","text":"\#(String(repeating: "a", count: 281))"}]}"#, .ok, "280"),
                (#"{"entries":[{"seq":5,"at":"2026-12-06T09:00:00Z","kind":"signal","resident":1,"category":"other","text":"twee\nregels"}]}"#, .ok, "refused"),
                (#"{"entries":[{"seq":6,"at":"2026-12-06T09:00:00Z","kind":"signal","resident":1,"category":"other","text":"Gordijnen dicht"}]}"#, .ok, "applied"),
                (#"{"entries":"#, .badRequest, "JSON"),
            ]
            for (body, status, text) in cases {
                let sent = jar.json(body)
                let answer = try await client.execute(uri: "/api/round/sync", method: .post, headers: sent.0, body: sent.1)
                #expect(answer.status == status, "\(body.prefix(80))")
                #expect(String(buffer: answer.body).contains(text), "\(String(buffer: answer.body).prefix(300))")
            }
            let form = jar.json(#"{"pin":"2468"}"#)
            let elsewhere = try await client.execute(uri: "/logout", method: .post, headers: form.0, body: form.1)
            #expect(elsewhere.status == .badRequest, "JSON only where the round's script posts it")
            let browsers = try await rig.hub.stores.browsers.list()
            _ = try await rig.hub.stores.browsers.revoke(id: try #require(browsers.first?.id), by: rig.actor)
            let revoked = jar.json(batch)
            let refused = try await client.execute(uri: "/api/round/sync", method: .post, headers: revoked.0, body: revoked.1)
            #expect(refused.status == .forbidden && String(buffer: refused.body).contains("wrong-role"))
            jar.cookies["bh_browser"] = nil
            let unpaired = jar.json(batch)
            let stranger = try await client.execute(uri: "/api/round/sync", method: .post, headers: unpaired.0, body: unpaired.1)
            #expect(stranger.status == .forbidden && String(buffer: stranger.body).contains("niet (meer) gekoppeld"))
        }
        #expect(try await rig.hub.stores.parcels.parcels(on: rig.hub.calendar.today).first?.outcome == .contact)
        let signals = try await rig.hub.stores.signals.list(by: rig.actor)
        #expect(signals.map(\.signal.text) == ["Gordijnen dicht"], "the bad entries took their numbers, the good one after them was taken")
    }
}
