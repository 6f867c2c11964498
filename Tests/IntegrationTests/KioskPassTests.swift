import Devices
import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// Unknown, blocked and replaced passes, and enrolment of a pass that already has an owner.
@Suite(.serialized) struct KioskPassTests {
    @Test func unknownBlockedAndReplacedPasses() async throws {
        let daemon = try Daemon(extraConfig: "\n[kiosk]\ndouble_tap_seconds = 1\n")
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")

        let unknown = try await daemon.tapAndWait("0BADCAFE")
        #expect(unknown.lines.first?.nl == "Deze pas kennen we niet — vraag het de conciërge")
        let status = await daemon.kiosk(["status"])
        #expect(status.stdout.contains("unknown pass on pass-reader"))

        try await daemon.enrol("BZ-001", uid: "E3086CED")
        let taken = try await daemon.kioskWithTap(["passes", "enroll", "BZ-001"], uid: "5A00C0DE")
        #expect(taken.exit == 65, "a staff pass cannot become a resident's pass")
        #expect(taken.stderr.contains("Anna"), "\(taken.stderr)")

        let passes = try await daemon.json(ResidentPasses.self, ["passes", "list", "BZ-001"])
        let first = try #require(passes.passes.first)
        let block = await daemon.kiosk(["passes", "block", String(first.id), "--reason", "lost"])
        #expect(block.exit == 0, "\(block.stderr)")
        let blocked = try await daemon.tapAndWait("E3086CED")
        #expect(blocked.headline.en == "This pass is blocked")

        try await daemon.enrol("BZ-001", uid: "A1B2C3D4")
        let replaced = try await daemon.json(ResidentPasses.self, ["passes", "list", "BZ-001"])
        #expect(replaced.passes.count == 2)
        #expect(replaced.passes.filter(\.isBlocked).count == 1)
        let greeting = try await daemon.tapAndWait("A1B2C3D4")
        #expect(greeting.headline.en.hasSuffix("Marie J."))
    }

    @Test func aPassOnAReaderWithAnotherRoleRegistersNothing() async throws {
        let reader = try PseudoTerminal()
        defer { reader.close() }
        let daemon = try Daemon(extraConfig: """

            [[devices]]
            name = "misplaced-reader"
            role = "intake"
            driver = "rdm6300"
            path = "\(reader.slavePath)"
            """)
        try await daemon.start()
        let frame = try #require(RDM6300Frame.encode(tag: PassUID(bytes: [0xE3, 0x08, 0x6C, 0xED])))
        try reader.write(frame)
        try await waitUntil(seconds: 10, "the misplaced tap to be answered") {
            daemon.log().contains("pass tapped on a reader whose role is intake")
        }
        #expect(daemon.log().contains("set role = \"pass\""))
        try await daemon.loginAsStaff()
        #expect(try await daemon.json([ParcelView].self, ["parcels"]).isEmpty)
    }
}
