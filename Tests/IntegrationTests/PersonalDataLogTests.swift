import Foundation
import Testing

/// hubd's journal is read by whoever runs the Pi, not only by staff: at every level it logs,
/// down to trace, it names residents and staff by pseudonymous id and never writes a name, an
/// address, a phone number, a remark or a raw pass UID.
@Suite(.serialized) struct PersonalDataLogTests {
    static let staffName = "Bartholomeus Pimpernel"
    static let resident = (
        name: "Wilhelmina Zonnebloem", street: "Kwartelkoningweg", number: "77q", postcode: "7499 ZQ",
        town: "Snippeling", phone: "0570-918273", remarks: "sleutel onder de vergeetmijniet"
    )
    /// A pass UID with no digit run that a pid or a timestamp could produce.
    static let uid = "C0FFEE42"

    @Test func noNameAddressPhoneRemarkOrUIDReachesTheLogAtTraceLevel() async throws {
        let hub = try Daemon()
        try await hub.start(arguments: ["--log-level", "trace"])
        try await hub.loginAsStaff(name: Self.staffName)
        let r = Self.resident
        let add = await hub.kiosk([
            "residents", "add", "--reference", "BZ-777", "--name", r.name, "--street", r.street, "--number", r.number,
            "--postcode", r.postcode, "--town", r.town, "--phone", r.phone, "--remarks", r.remarks,
        ])
        try #require(add.exit == 0, "residents add: \(add.stderr)")
        #expect(await hub.kiosk(["residents", "edit", "BZ-777", "--remarks", r.remarks + " (2)"]).exit == 0)
        #expect(await hub.kiosk(["residents", "show", "BZ-777"]).stdout.contains(r.name), "staff still see the name")
        try await hub.enrol("BZ-777", uid: Self.uid)
        _ = try await hub.tapAndWait(Self.uid)
        try await waitUntil(seconds: 10, "the tap to be logged") { hub.log().contains("pass tapped") }
        try hub.scan("VG00777777")
        try await waitUntil(seconds: 10, "the scan to be stored") { hub.log().contains("scan stored") }
        #expect(await hub.kiosk(["parcel", "assign", "VG00777777", "BZ-777"]).exit == 0)
        try await waitUntil(seconds: 10, "the assignment to be logged") { hub.log().contains("parcel assigned") }

        let log = hub.log()
        #expect(log.contains("pass enrolled"), "the log was written at all")
        for secret in Self.secrets {
            #expect(!log.localizedCaseInsensitiveContains(secret), "hubd's log contains '\(secret)'")
        }
        #expect(log.contains("barcode=VG00777777"), "parcel barcodes are not personal data and stay")
    }

    /// Each part of the name on its own, and the UID written every way a reader could print it.
    static var secrets: [String] {
        let r = resident
        let names = (staffName + " " + r.name).split(separator: " ").map(String.init)
        let bytes = Daemon.hexBytes(uid) ?? []
        let reversed = bytes.reversed().map { String(format: "%02X", $0) }.joined()
        let bigEndian = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let littleEndian = bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return names + [r.street, r.postcode, r.town, r.phone, "918273", "vergeetmijniet", uid, reversed, String(bigEndian), String(littleEndian)]
    }
}
