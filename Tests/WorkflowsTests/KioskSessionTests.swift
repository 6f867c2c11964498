import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite struct KioskSessionTests {
    @Test func aResidentChoosesConfirmsAndIsBookedOnlyAfterConfirming() async throws {
        let kiosk = try KioskFixture()
        try await kiosk.populate()
        #expect(await kiosk.session.tap(kiosk.digest([1, 2, 3, 4]), device: "pass-reader") == .greeted)
        let choice = await kiosk.session.current()
        #expect(choice.headline.nl == "Goedemorgen Marie J.")
        #expect(choice.options.map(\.key) == ["1", "2", "0"])
        let confirm = try await kiosk.session.press("1", session: choice.session)
        #expect(confirm.kind == .confirm)
        #expect(try await kiosk.stores.uses.openRide(residentID: 1) == nil)
        let done = try await kiosk.session.press("1", session: confirm.session)
        #expect(done.kind == .done)
        #expect(try await kiosk.stores.uses.openRide(residentID: 1) != nil)
    }

    @Test func staleAndUnofferedKeysAreRefused() async throws {
        let kiosk = try KioskFixture()
        try await kiosk.populate()
        _ = await kiosk.session.tap(kiosk.digest([1, 2, 3, 4]), device: "pass-reader")
        let choice = await kiosk.session.current()
        await #expect(throws: KioskRefusal.notOnScreen) { try await kiosk.session.press("7", session: choice.session) }
        await #expect(throws: KioskRefusal.stale) { try await kiosk.session.press("1", session: "someone-else") }
        #expect(await kiosk.session.current() == choice)
    }

    @Test func theScreenGoesIdleAfterTheTimeout() async throws {
        let kiosk = try KioskFixture(rules: KioskRules(idleSeconds: 20))
        try await kiosk.populate()
        _ = await kiosk.session.tap(kiosk.digest([1, 2, 3, 4]), device: "pass-reader")
        kiosk.advance(seconds: 21)
        let screen = await kiosk.session.current()
        #expect(screen.kind == .idle)
        #expect(screen.session == nil)
    }

    @Test func unknownAndStaffPasses() async throws {
        let kiosk = try KioskFixture()
        try await kiosk.populate()
        #expect(await kiosk.session.tap(kiosk.digest([0xBA, 0xD0]), device: "pass-reader") == .unknown)
        kiosk.advance(seconds: 10)
        #expect(await kiosk.session.tap(kiosk.digest([9, 9, 9, 9]), device: "pass-reader") == .staffPIN)
        let pin = await kiosk.session.current()
        #expect(pin.entry == .pin)
        let wrong = try await kiosk.session.enter("1111", session: pin.session)
        #expect(wrong.kind == .pin)
        #expect(wrong.lines.count == 2, "the refusal is shown under the question")
        let menu = try await kiosk.session.enter("2468", session: wrong.session)
        #expect(menu.kind == .staff)
        #expect(menu.options.map(\.key) == ["1", "2", "3", "4", "0"])
    }

    @Test func staffEnrolAPassAtTheConsole() async throws {
        let kiosk = try KioskFixture()
        try await kiosk.populate()
        _ = await kiosk.session.tap(kiosk.digest([9, 9, 9, 9]), device: "pass-reader")
        let menu = try await kiosk.session.enter("2468", session: await kiosk.session.current().session)
        let number = try await kiosk.session.press("1", session: menu.session)
        #expect(number.entry == .number)
        let wait = try await kiosk.session.enter("1", session: number.session)
        #expect(wait.headline.en == "Hold the new pass to the reader")
        #expect(await kiosk.session.tap(kiosk.digest([5, 5, 5, 5]), device: "pass-reader") == .enrolled)
        let after = await kiosk.session.current()
        #expect(after.kind == .staff)
        #expect(after.lines.contains { $0.en.contains("enrolled for Marie J. (BZ-001)") })
        if case .resident(let resident, _) = try await kiosk.stores.passes.holder(of: kiosk.digest([5, 5, 5, 5])) {
            #expect(resident.name == "Marie Jansen")
        } else {
            Issue.record("the new pass belongs to Marie")
        }
    }

    @Test func aSecondPersonWhileSomeoneIsBusyKeepsTheFirstScreen() async throws {
        let kiosk = try KioskFixture()
        try await kiosk.populate()
        _ = await kiosk.session.tap(kiosk.digest([1, 2, 3, 4]), device: "pass-reader")
        #expect(await kiosk.session.tap(kiosk.digest([9, 9, 9, 9]), device: "desk-reader") == .busy)
        let screen = await kiosk.session.current()
        #expect(screen.headline.nl == "Goedemorgen Marie J.")
        #expect(screen.lines.contains(ResidentScreens.busyLine))
        #expect(await kiosk.session.tap(kiosk.digest([1, 2, 3, 4]), device: "pass-reader") == .repeatTap)
    }
}
