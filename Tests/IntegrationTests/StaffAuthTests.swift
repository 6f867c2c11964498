import Foundation
import Inventory
import Testing

/// Staff mode: a staff pass plus a PIN, with back-off, and an audit row for every action.
@Suite(.serialized) struct StaffAuthTests {
    @Test func staffCommandsNeedALogin() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        for command in [["residents", "list"], ["passes", "list", "BZ-001"], ["rides"], ["report", "month", "2026-11"]] {
            let result = await daemon.kiosk(command)
            #expect(result.exit == 77, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("kiosk login"), "\(command): \(result.stderr)")
        }
        let add = await daemon.kiosk(["services", "add", "x", "--kind", "chore", "--name", "X", "--price", "0", "--payment", "free"])
        #expect(add.exit == 77)
    }

    @Test func fiveWrongPINsGiveAnIncreasingBackOff() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        let add = try await daemon.kioskWithTap(["staff", "add", "Anna", "--pin-stdin"], stdin: "4321\n", uid: "5A00C0DE")
        #expect(add.exit == 0, "\(add.stderr)")
        var answers: [CommandResult] = []
        for _ in 1...5 {
            answers.append(try await daemon.kioskWithTap(["login", "--pin-stdin"], stdin: "1111\n", uid: "5A00C0DE"))
        }
        #expect(answers.allSatisfy { $0.exit != 0 })
        // The caller learns nothing about the card or the lock: every refusal reads the same.
        #expect(Set(answers.map(\.stderr)).count == 1, "\(answers.map(\.stderr))")
        #expect(answers[0].stderr.contains("login failed"), "\(answers[0].stderr)")
        #expect(!answers[0].stderr.contains("4"), "no attempts left are told: \(answers[0].stderr)")
        let locked = try await daemon.kioskWithTap(["login", "--pin-stdin"], stdin: "4321\n", uid: "5A00C0DE")
        #expect(locked.exit != 0, "the right PIN during the back-off is refused too")
        #expect(locked.stderr == answers[0].stderr, "a lock reads like any other refusal: \(locked.stderr)")
        let log = daemon.log()
        #expect(log.contains("staff login refused"), "the journal keeps the reason for the maintainer")
        #expect(!log.contains("4321") && !log.contains("1111"), "a PIN is never logged")
    }

    @Test func everyStaffActionAndViewWritesAnAuditRow() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        _ = await daemon.kiosk(["residents", "show", "BZ-001"])
        try await daemon.addService("lamp", kind: "chore", name: "Lamp vervangen", price: "0", payment: "free")
        try await daemon.enrol("BZ-001", uid: "E3086CED")
        _ = await daemon.kiosk(["credit", "topup", "BZ-001", "2,50"])
        _ = await daemon.kiosk(["residents", "timeline", "BZ-001"])
        let audit = try await daemon.json([AuditEntry].self, ["audit"])
        let actions = Set(audit.map(\.action))
        for expected in ["staff.add", "staff.login", "resident.add", "resident.view", "service.add", "pass.enroll", "credit.top-up", "resident.timeline"] {
            #expect(actions.contains(expected), "audit has \(expected): \(actions.sorted())")
        }
        #expect(audit.filter { $0.action == "resident.view" }.allSatisfy { $0.staffName == "Anna" && $0.residentId != nil })
        let refused = await daemon.kiosk(["credit", "topup", "BZ-001", "0,005"])
        #expect(refused.exit == 65)
        let after = try await daemon.json([AuditEntry].self, ["audit"])
        #expect(after.filter { $0.action == "credit.top-up" }.count == 1, "a refused action writes no audit row")
    }
}
