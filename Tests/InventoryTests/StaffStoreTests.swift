import Crypto
import Foundation
import GRDB
import Logging
import Testing
@testable import Inventory

@Suite struct StaffStoreTests {
    @Test func onlyTheFirstStaffMemberMayBeAddedWithoutALogin() async throws {
        let hub = try TestHub()
        let staff = hub.staffStore()
        #expect(try await staff.count() == 0)
        let anna = try await staff.add(name: " Anna ", pin: "2468", pass: TestHub.pass(0xA1), by: nil)
        #expect(anna.name == "Anna")
        #expect(anna.active)
        let refusal = await TestHub.refusal { _ = try await staff.add(name: "Kees", pin: "1357", pass: TestHub.pass(0xA2), by: nil) }
        #expect(refusal?.code == .unauthorized)
        #expect(refusal?.text.nl == "alleen een ingelogde medewerker kan medewerkers toevoegen — log in met `kiosk login`")
        let kees = try await staff.add(name: "Kees", pin: "1357", pass: TestHub.pass(0xA2), by: anna.actor)
        #expect(try await staff.list() == [anna, kees])
        #expect(try await staff.count() == 2)
    }

    @Test func malformedPINsAreRefusedWithoutRepeatingThem() async throws {
        let hub = try TestHub()
        for pin in ["123", "123456789", "12a4", "", "١٢٣٤"] {
            let refusal = await TestHub.refusal { _ = try await hub.staffStore().add(name: "Anna", pin: pin, pass: TestHub.pass(0xA1), by: nil) }
            #expect(refusal?.code == .invalidInput)
            if !pin.isEmpty {
                #expect(refusal?.text.nl.contains(pin) == false)
                #expect(refusal?.text.en.contains(pin) == false)
            }
            #expect(refusal?.text.nl.contains("4 tot 8 cijfers") == true)
        }
        #expect(try await hub.staffStore().count() == 0)
    }

    @Test func namesAreCheckedAndUniqueWhateverTheCase() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff("Émile", pass: TestHub.pass(0xA1))
        for name in ["", "   ", String(repeating: "a", count: 41), "Anna\nBoer"] {
            let refusal = await TestHub.refusal { _ = try await hub.staffStore().add(name: name, pin: "1357", pass: TestHub.pass(0xA2), by: anna.actor) }
            #expect(refusal?.code == .invalidInput)
        }
        let duplicate = await TestHub.refusal { _ = try await hub.staffStore().add(name: "ÉMILE", pin: "1357", pass: TestHub.pass(0xA2), by: anna.actor) }
        #expect(duplicate?.code == .conflict)
        #expect(duplicate?.text.nl.contains("'Émile'") == true)
        _ = try await hub.staffStore().add(name: String(repeating: "a", count: 40), pin: "1357", pass: TestHub.pass(0xA2), by: anna.actor)
    }

    @Test func aPassThatIsAlreadyUsedAddsNobody() async throws {
        let hub = try TestHub()
        try await hub.addResident("M. Jansen", reference: "BZ-001")
        let residentPass = try await hub.passes.enroll(TestHub.pass(1), residentKey: "BZ-001", by: TestHub.concierge)
        let refusal = await TestHub.refusal { _ = try await hub.staffStore().add(name: "Anna", pin: "2468", pass: TestHub.pass(1), by: nil) }
        #expect(refusal?.code == .conflict)
        #expect(refusal?.text.nl.contains("pas \(residentPass.id) van bewoner BZ-001 (M. Jansen)") == true)
        #expect(try await hub.staffStore().count() == 0)
    }

    @Test func thePINIsStoredAsAScryptHashWithItsParameters() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff(pin: "24681357")
        let row = try hub.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT pin_hash, pin_salt, pin_kdf FROM staff_member WHERE id = ?", arguments: [anna.id])
        }
        let hash: Data = try #require(row)["pin_hash"]
        let salt: Data = try #require(row)["pin_salt"]
        let kdf: String = try #require(row)["pin_kdf"]
        #expect(kdf == "scrypt-n1024-r8-p1")
        #expect(hash.count == 32)
        #expect(salt.count == 16)
        #expect(hash != Data("24681357".utf8))
        #expect(try TestHub.fastHasher.verify("24681357", salt: salt, against: hash))
    }

    @Test func wrongPINsBackOffAndTheLockSurvivesARestart() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff(pin: "2468")
        let id = anna.id
        let staff = hub.staffStore()
        let tries = ["nog 4 pogingen", "nog 3 pogingen", "nog 2 pogingen", "nog 1 poging"]
        for expected in tries {
            let refusal = await TestHub.refusal { _ = try await staff.verifyPIN(staffID: id, pin: "1111") }
            #expect(refusal?.code == .refused)
            #expect(refusal?.text.nl == "PIN onjuist — \(expected)")
            #expect(refusal?.text.nl.contains("1111") == false)
        }
        let fifth = await TestHub.refusal { _ = try await staff.verifyPIN(staffID: id, pin: "1111") }
        #expect(fifth?.code == .locked)
        #expect(fifth?.text.nl == "te veel onjuiste pogingen — probeer het over 30 s opnieuw")
        #expect(fifth?.text.en == "too many wrong PINs — try again in 30 s")
        #expect(try await hub.staffCounters(id) == (5, hub.clock.now.addingTimeInterval(30)))

        hub.clock.advance(seconds: 10)
        let restarted = try HubDatabase(path: hub.directory + "/hub.sqlite", logger: Logger(label: "restart"))
        let during = await TestHub.refusal { _ = try await hub.staffStore(on: restarted).verifyPIN(staffID: id, pin: "2468") }
        #expect(during?.code == .locked)
        #expect(during?.text.en == "too many wrong PINs — try again in 20 s")
        #expect(try await hub.staffCounters(id).failed == 5)

        hub.clock.advance(seconds: 20)
        let sixth = await TestHub.refusal { _ = try await staff.verifyPIN(staffID: id, pin: "1111") }
        #expect(sixth?.text.en == "too many wrong PINs — try again in 60 s")
        hub.clock.advance(seconds: 60)
        let seventh = await TestHub.refusal { _ = try await staff.verifyPIN(staffID: id, pin: "1111") }
        #expect(seventh?.text.en == "too many wrong PINs — try again in 120 s")
        #expect(try await hub.staffCounters(id).failed == 7)

        hub.clock.advance(seconds: 120)
        #expect(try await staff.verifyPIN(staffID: id, pin: "2468") == anna)
        #expect(try await hub.staffCounters(id) == (0, nil))
        let afterReset = await TestHub.refusal { _ = try await staff.verifyPIN(staffID: id, pin: "1111") }
        #expect(afterReset?.text.nl == "PIN onjuist — nog 4 pogingen")
    }

    @Test func theLockDoublesUpToAQuarterOfAnHour() {
        #expect((1...4).map { StaffStore.lockSeconds(afterFailures: $0) } == [nil, nil, nil, nil])
        #expect((5...11).map { StaffStore.lockSeconds(afterFailures: $0) } == [30, 60, 120, 240, 480, 900, 900])
        #expect(StaffStore.lockSeconds(afterFailures: 1_000) == 900)
    }

    @Test func aMalformedPINCountsAsWrong() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff(pin: "2468")
        let refusal = await TestHub.refusal { _ = try await hub.staffStore().verifyPIN(staffID: anna.id, pin: "24a8") }
        #expect(refusal?.code == .refused)
        #expect(refusal?.text.nl.contains("24a8") == false)
        #expect(try await hub.staffCounters(anna.id).failed == 1)
    }

    @Test func inactiveAndUnknownStaffCannotLogIn() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff(pin: "2468")
        let unknown = await TestHub.refusal { _ = try await hub.staffStore().verifyPIN(staffID: 99, pin: "2468") }
        #expect(unknown?.code == .unauthorized)
        try await hub.database.pool.write { try $0.execute(sql: "UPDATE staff_member SET active = 0") }
        let inactive = await TestHub.refusal { _ = try await hub.staffStore().verifyPIN(staffID: anna.id, pin: "2468") }
        #expect(inactive?.code == .unauthorized)
        #expect(try await hub.staffCounters(anna.id).failed == 0)
        let session = await TestHub.refusal { _ = try await hub.staffStore().openSession(staffID: anna.id, origin: "cli") }
        #expect(session?.code == .unauthorized)
    }

    @Test func aTokenIsStoredOnlyAsItsDigestAndIdentifiesTheMember() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff()
        let staff = hub.staffStore()
        let token = try await staff.openSession(staffID: anna.id, origin: "cli")
        #expect(token.count == 64)
        #expect(token.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(try await staff.openSession(staffID: anna.id, origin: "console") != token)
        let stored = try await hub.database.pool.read { try Data.fetchAll($0, sql: "SELECT digest FROM staff_token") }
        #expect(stored.contains(Data(SHA256.hash(data: Data(token.utf8)))))
        #expect(!stored.contains(Data(token.utf8)))
        #expect(try await staff.authenticate(token: token) == anna.actor)
        let bogus = await TestHub.refusal { _ = try await staff.authenticate(token: String(repeating: "0", count: 64)) }
        #expect(bogus?.code == .unauthorized)
        #expect(bogus?.text.nl == "niet ingelogd — log in met `kiosk login` (medewerkerspas + PIN)")
        let origin = await TestHub.refusal { _ = try await staff.openSession(staffID: anna.id, origin: "web") }
        #expect(origin?.code == .invalidInput)
    }

    @Test func aSessionLapsesAfterTheIdleTimeWithoutUse() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff()
        let staff = hub.staffStore()
        let token = try await staff.openSession(staffID: anna.id, origin: "console")
        hub.clock.advance(seconds: 299)
        #expect(try await staff.authenticate(token: token) == anna.actor)
        hub.clock.advance(seconds: 299)
        #expect(try await staff.authenticate(token: token) == anna.actor)
        hub.clock.advance(seconds: 301)
        let expired = await TestHub.refusal { _ = try await staff.authenticate(token: token) }
        #expect(expired?.code == .unauthorized)
        #expect(expired?.text.nl == "sessie verlopen na 5 minuten zonder gebruik — log opnieuw in met `kiosk login`")
        let gone = await TestHub.refusal { _ = try await staff.authenticate(token: token) }
        #expect(gone?.text.nl.hasPrefix("niet ingelogd") == true)
    }

    @Test func theExpiryMessageUsesTheConfiguredTime() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff()
        let staff = hub.staffStore(rules: KioskRules(staffIdleSeconds: 120))
        let token = try await staff.openSession(staffID: anna.id, origin: "cli")
        hub.clock.advance(seconds: 121)
        let expired = await TestHub.refusal { _ = try await staff.authenticate(token: token) }
        #expect(expired?.text.nl.contains("na 2 minuten zonder gebruik") == true)
        #expect(expired?.text.en.contains("after 2 minutes without use") == true)
    }

    @Test func closingASessionLogsOutOnceAndIsIdempotent() async throws {
        let hub = try TestHub()
        let anna = try await hub.addFirstStaff()
        let staff = hub.staffStore()
        let token = try await staff.openSession(staffID: anna.id, origin: "cli")
        let other = try await staff.openSession(staffID: anna.id, origin: "console")
        try await staff.closeSession(token: token)
        try await staff.closeSession(token: token)
        let refusal = await TestHub.refusal { _ = try await staff.authenticate(token: token) }
        #expect(refusal?.code == .unauthorized)
        #expect(try await staff.authenticate(token: other) == anna.actor)
        #expect(try await hub.auditTrail().filter { $0 == "staff.logout" }.count == 1)
    }
}
