import Foundation
import GRDB
import Testing

/// Issue 13, point 7: a Pi has no clock battery, so hubd may boot with its wall clock a day
/// behind. Nothing acknowledged before is lost or doubled; today's list stays in scan order
/// (row ids, not timestamps); a resident is not turned away as a "repeat tap" for a day; a
/// staff session whose last use lies in the clock's future ends.
@Suite(.serialized) struct ClockJumpTests {
    static let day = 86_400

    @Test func theClockJumpsBackADayAtBoot() async throws {
        let shim = try await ClockShiftShim()
        defer { shim.remove() }
        let rig = try TerminalRig(.tcp)
        let hub = try Daemon(extraConfig: rig.deviceConfig + "\n[kiosk]\ndouble_tap_seconds = 600\nidle_seconds = 30\n")
        try await hub.start()
        try await hub.loginAsStaff()
        try await hub.addResident("BZ-001", name: "Marie Jansen")
        try await hub.addService("koffie", kind: "activity", name: "Koffie-ochtend", price: "0,00", payment: "free")
        try await hub.enrol("BZ-001", uid: "E3086CED")
        let before = ["VG20260001", "VG20260002", "VG20260003"]
        try await Self.scanAndWait(before, hub)
        try await Self.checkIn(hub)
        #expect(try await hub.pay("1,00", reference: "before").settlement?.payment.status == .approved)
        await hub.signal(SIGTERM)

        try await hub.start(environment: shim.environment(shiftedBy: -Self.day), warmUp: false)
        let started = try await hub.status().startedAt
        #expect(abs(started.timeIntervalSinceNow + Double(Self.day)) < 120, "hubd's wall clock is a day behind: started at \(started)")
        let stale = await hub.kiosk(["parcels", "--json"])
        #expect(stale.exit != 0, "a session last used in the clock's future has ended")
        try await hub.reLogin()

        let after = ["VG20260004", "VG20260005", "VG20260006"]
        try await Self.scanAndWait(after, hub)
        try hub.scan(before[0])
        try await waitUntil(seconds: 10, "the repeated scan to be called a duplicate") { hub.log().contains("scan duplicate") }
        try await Self.checkIn(hub)
        #expect(try await hub.pay("2,00", reference: "after").settlement?.payment.status == .approved)

        let listed = try await IntakeEndToEndTests.parcels(hub).map(\.barcode)
        #expect(listed == before + after, "today's list in scan order, with the parcels from 'tomorrow'")
        await hub.signal(SIGTERM)
        let queue = try DatabaseQueue(path: hub.directory + "/data/hub.sqlite")
        let (barcodes, uses, payments) = try await queue.read { db in
            (try String.fetchAll(db, sql: "SELECT barcode FROM parcel ORDER BY id"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM service_use") ?? 0,
             try String.fetchAll(db, sql: "SELECT reference || ':' || status FROM payment ORDER BY id"))
        }
        #expect(barcodes == before + after, "nothing lost or doubled")
        #expect(uses == 2)
        #expect(payments == ["before:approved", "after:approved"])
    }

    static func scanAndWait(_ codes: [String], _ hub: Daemon) async throws {
        for code in codes { try hub.scan(code) }
        try await waitUntil(seconds: 20, "the scans to be stored") {
            Set(CrashSafetyTests.acknowledged(in: hub.log())).isSuperset(of: codes)
        }
    }

    /// A tap, the activity, confirm: the console must get to "done", not "already registered".
    static func checkIn(_ hub: Daemon) async throws {
        let greeting = try await hub.tapAndWait("E3086CED")
        #expect(greeting.kind == .choice, "greeted, not turned away: \(greeting.text())")
        #expect(try await hub.press("1").kind == .confirm)
        #expect(try await hub.press("1").kind == .done)
    }
}
