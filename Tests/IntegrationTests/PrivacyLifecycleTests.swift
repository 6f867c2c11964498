import Foundation
import Testing

/// Issue 14, point 2, through the running hubd: a resident and a pass are planted, one resident
/// is erased on request and one expires under `[retention]`, and then the database, its WAL,
/// every backup and hubd's log hold neither name, nor address, nor raw card UID.
@Suite(.serialized) struct PrivacyLifecycleTests {
    struct Planted {
        var reference: String
        var name: String
        var street: String
        var uid: String
    }

    static let erased = Planted(reference: "BZ-901", name: "Hendrika Wolters-Brink", street: "Pothoofd", uid: "C0FFEE01")
    static let expired = Planted(reference: "BZ-902", name: "Teunis Nijenhuis", street: "Welle", uid: "C0FFEE02")

    @Test func anErasedAndAnExpiredResidentLeaveNothingOnDiskOrInTheLog() async throws {
        let backups = NSTemporaryDirectory() + "bh-privacy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let hub = try Daemon(extraConfig: "[backup]\ndirectory = \"\(backups)\"\n\n[retention]\ninactive_resident_days = 0\n")
        try await hub.start()
        try await hub.ensureStaff()
        for resident in [Self.erased, Self.expired] {
            let added = await hub.kiosk([
                "residents", "add", "--reference", resident.reference, "--name", resident.name, "--street", resident.street,
                "--number", "17", "--postcode", "7411 KT", "--town", "Deventer",
            ])
            try #require(added.exit == 0, "\(added.stderr)")
            try await hub.enrol(resident.reference, uid: resident.uid)
        }
        let greeting = try await hub.tapAndWait(Self.erased.uid)
        #expect(greeting.headline.en.contains("Hendrika"), "the pass works at the kiosk: \(greeting.text())")
        let export = await hub.kiosk(["residents", "export", Self.erased.reference])
        #expect(export.exit == 0 && export.stdout.contains(Self.erased.name) && export.stdout.contains("\"pass\""), "\(export.stderr)")
        #expect(await hub.kiosk(["backup", "now"]).exit == 0)
        let files = Self.files(hub, backups)
        #expect(Self.hits(Self.erased, in: files).contains { $0.hasPrefix("name") }, "planted: the name is on disk first")

        let refused = await hub.kiosk(["residents", "erase", Self.erased.reference])
        #expect(refused.exit != 0 && refused.stderr.contains("--yes"), "an erasure asks to be confirmed: \(refused.stderr)")
        let erase = await hub.kiosk(["residents", "erase", Self.erased.reference, "--yes"])
        #expect(erase.exit == 0 && erase.stdout.contains("1 pass(es)") && erase.stdout.contains("1 backup(s) scrubbed"), "\(erase.stdout)\(erase.stderr)")
        let purge = await hub.kiosk(["residents", "purge"])
        #expect(purge.exit == 0 && purge.stdout.contains("1 resident(s) erased"), "\(purge.stdout)\(purge.stderr)")

        for resident in [Self.erased, Self.expired] {
            #expect(Self.hits(resident, in: Self.files(hub, backups)) == [], "while hubd runs")
            #expect(await hub.kiosk(["residents", "show", resident.reference]).exit != 0)
        }
        #expect(await hub.kiosk(["audit", "verify"]).exit == 0, "erasure leaves the audit chain whole")
        await hub.signal(SIGTERM)
        for resident in [Self.erased, Self.expired] {
            #expect(Self.hits(resident, in: Self.files(hub, backups)) == [], "after hubd stopped")
        }
    }

    /// The database, its WAL, every backup, and the log.
    static func files(_ hub: Daemon, _ backups: String) -> [String] {
        let data = hub.directory + "/data"
        let inData = ((try? FileManager.default.contentsOfDirectory(atPath: data)) ?? []).map { data + "/" + $0 }
        let onStick = ((try? FileManager.default.contentsOfDirectory(atPath: backups)) ?? []).map { backups + "/" + $0 }
        return inData + onStick + [hub.logPath]
    }

    /// "what in which file" for every trace of `resident`: name, street, reference, and the UID
    /// as hex (either case) and as its four raw bytes.
    static func hits(_ resident: Planted, in files: [String]) -> [String] {
        let uidBytes = stride(from: 0, to: 8, by: 2).compactMap { offset -> UInt8? in
            let start = resident.uid.index(resident.uid.startIndex, offsetBy: offset)
            return UInt8(resident.uid[start..<resident.uid.index(start, offsetBy: 2)], radix: 16)
        }
        let needles: [(String, Data)] = [
            ("name", Data(resident.name.utf8)), ("street", Data(resident.street.utf8)), ("reference", Data(resident.reference.utf8)),
            ("uid", Data(resident.uid.utf8)), ("uid", Data(resident.uid.lowercased().utf8)), ("uid bytes", Data(uidBytes)),
        ]
        return files.flatMap { file -> [String] in
            guard let contents = FileManager.default.contents(atPath: file) else { return [] }
            return needles.filter { contents.range(of: $0.1) != nil }.map { "\($0.0) in \(file)" }
        }
    }
}
