import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct PassStoreTests {
    @Test func enrolledPassNamesItsResident() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(TestHub.pass(1, 2, 3, 4), residentKey: "BZ-001", by: TestHub.concierge)
        #expect(pass.residentId == jansen.id)
        #expect(pass.staffId == nil)
        #expect(pass.enrolledBy == "Anna")
        #expect(!pass.isBlocked)
        #expect(try await hub.passes.holder(of: TestHub.pass(1, 2, 3, 4)) == .resident(jansen, pass))
        #expect(try await hub.passes.holder(of: TestHub.pass(9, 9, 9, 9)) == .unknown)
    }

    @Test func enrolmentByResidentNumberWorks() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(TestHub.pass(1), residentKey: "\(jansen.id ?? 0)", by: TestHub.concierge)
        #expect(pass.residentId == jansen.id)
        let missing = await TestHub.refusal { _ = try await hub.passes.enroll(TestHub.pass(2), residentKey: "BZ-404", by: TestHub.concierge) }
        #expect(missing?.code == .notFound)
    }

    @Test func aPassOfAnotherResidentIsRefusedNamingThem() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        try await hub.addResident("R. de Boer", reference: "BZ-002")
        let first = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: TestHub.concierge)
        let refusal = await TestHub.refusal { _ = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-002", by: TestHub.concierge) }
        #expect(refusal?.code == .conflict)
        #expect(refusal?.text.nl.contains("deze pas is al pas \(first.id) van bewoner BZ-001 (M. Jansen)") == true)
        #expect(refusal?.text.nl.contains("kiosk passes block \(first.id)") == true)
        #expect(refusal?.text.en.contains("resident BZ-001 (M. Jansen)") == true)
        #expect(try await hub.passes.passes(residentKey: "BZ-002", by: TestHub.concierge).passes.isEmpty)
    }

    @Test func aStaffPassIsRefusedNamingTheStaffMember() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        try await hub.addFirstStaff("Anna", pass: TestHub.pass(0xA1))
        let refusal = await TestHub.refusal { _ = try await hub.passes.enroll(TestHub.pass(0xA1), residentKey: "BZ-001", by: TestHub.concierge) }
        #expect(refusal?.code == .conflict)
        #expect(refusal?.text.nl.contains("van medewerker Anna") == true)
        #expect(refusal?.text.en.contains("of staff member Anna") == true)
    }

    @Test func aBlockedPassIsNeverEnrolledAgain() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        try await hub.addResident("R. de Boer", reference: "BZ-002")
        let first = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: TestHub.concierge)
        _ = try await hub.passes.block(passID: first.id, reason: "verloren", by: TestHub.concierge)
        for key in ["BZ-001", "BZ-002"] {
            let refusal = await TestHub.refusal { _ = try await hub.passes.enroll(TestHub.pass(1), residentKey: key, by: TestHub.concierge) }
            #expect(refusal?.code == .conflict)
            #expect(refusal?.text.nl.contains("pas \(first.id) van bewoner BZ-001 (M. Jansen) en is geblokkeerd") == true)
            #expect(refusal?.text.nl.contains("gebruik een andere pas") == true)
        }
    }

    @Test func blockingMakesThePassBlockedAndCannotBeRepeated() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: TestHub.concierge)
        let blocked = try await hub.passes.block(passID: pass.id, reason: "  verloren op de markt ", by: StaffActor(id: nil, name: "Kees"))
        #expect(blocked.isBlocked)
        #expect(blocked.blockedBy == "Kees")
        #expect(blocked.blockReason == "verloren op de markt")
        #expect(blocked.blockedAt == hub.clock.now)
        #expect(try await hub.passes.holder(of: TestHub.pass(1)) == .blocked(blocked))

        hub.clock.advance(hours: 1)
        let again = await TestHub.refusal { _ = try await hub.passes.block(passID: pass.id, reason: nil, by: TestHub.concierge) }
        #expect(again?.code == .conflict)
        #expect(again?.text.nl == "pas \(pass.id) is al geblokkeerd op 23-11 07:42 — koppel een nieuwe pas met `kiosk passes enroll BZ-001`")
    }

    @Test func blockingAnUnknownNumberSaysWhereToLook() async throws {
        let hub = try TestHub()
        let refusal = await TestHub.refusal { _ = try await hub.passes.block(passID: 77, reason: nil, by: TestHub.concierge) }
        #expect(refusal?.code == .notFound)
        #expect(refusal?.text.nl.contains("kiosk passes list BEWONER") == true)
        #expect(refusal?.text.en.contains("kiosk passes list RESIDENT") == true)
    }

    @Test func aReplacementPassKeepsTheOldOneInTheHistory() async throws {
        let hub = try TestHub()
        let jansen = try await hub.addResident("M. Jansen", reference: "BZ-001")
        let old = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: TestHub.concierge)
        hub.clock.advance(hours: 48)
        let blockedOld = try await hub.passes.block(passID: old.id, reason: "verloren", by: TestHub.concierge)
        let new = try await hub.passes.enroll(TestHub.pass(2), residentKey: "BZ-001", by: TestHub.concierge)

        let history = try await hub.passes.passes(residentKey: "BZ-001", by: TestHub.concierge)
        #expect(history == ResidentPasses(residentId: jansen.id ?? 0, residentName: "M. Jansen", passes: [new, blockedOld]))
        #expect(history.passes.map(\.isBlocked) == [false, true])
        #expect(try await hub.passes.holder(of: TestHub.pass(2)) == .resident(jansen, new))
        #expect(try await hub.passes.holder(of: TestHub.pass(1)) == .blocked(blockedOld))
    }

    @Test func staffPassesNameTheMemberUntilTheyAreInactive() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff("Anna", pass: TestHub.pass(0xA1))
        guard case .staff(let member, let pass) = try await hub.passes.holder(of: TestHub.pass(0xA1)) else {
            Issue.record("expected a staff pass")
            return
        }
        #expect(member == anna)
        #expect(pass.staffId == anna.id)
        #expect(pass.enrolledBy == "bootstrap")
        try await hub.database.pool.write { try $0.execute(sql: "UPDATE staff_member SET active = 0") }
        #expect(try await hub.passes.holder(of: TestHub.pass(0xA1)) == .blocked(pass))
    }

    @Test func aBlockReasonIsKeptShort() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        let pass = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: TestHub.concierge)
        let refusal = await TestHub.refusal {
            _ = try await hub.passes.block(passID: pass.id, reason: String(repeating: "x", count: 201), by: TestHub.concierge)
        }
        #expect(refusal?.code == .invalidInput)
        #expect(try await hub.passes.holder(of: TestHub.pass(1)) == .resident(try await hub.residents.resident(matching: "BZ-001"), pass))
    }
}
