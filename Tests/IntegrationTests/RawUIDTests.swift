import Foundation
import Testing

/// A pass UID is a key to a resident's records: it must never reach the database, its WAL or the journal.
@Suite(.serialized) struct RawUIDTests {
    static let uid: [UInt8] = [0xE3, 0x08, 0x6C, 0xED]

    /// Every way the UID could have been written down: hex either way round and either case,
    /// decimal either byte order, and the raw bytes.
    static var forms: [[UInt8]] {
        let hex = uid.map { String(format: "%02X", $0) }.joined()
        let reversed = uid.reversed().map { String(format: "%02X", $0) }.joined()
        let bigEndian = uid.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let littleEndian = uid.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let texts = [hex, hex.lowercased(), reversed, reversed.lowercased(), String(bigEndian), String(littleEndian)]
        return texts.map { Array($0.utf8) } + [uid]
    }

    @Test func noRawUIDInTheDatabaseItsWALOrTheLog() async throws {
        let daemon = try Daemon(extraConfig: "\n[kiosk]\ndouble_tap_seconds = 1\n")
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addService("lamp", kind: "chore", name: "Lamp vervangen", price: "0", payment: "free")
        try await daemon.enrol("BZ-001", uid: "E3086CED")
        try await daemon.tapAndWait("E3086CED")
        _ = try await daemon.press("1")
        _ = try await daemon.press("1")
        try await Task.sleep(for: .seconds(1.1))
        try await daemon.tapAtDesk("E3086CED")
        try await waitUntil(seconds: 10, "the desk tap") { daemon.log().components(separatedBy: "pass tapped").count >= 3 }

        let data = daemon.directory + "/data/hub.sqlite"
        let wal = try #require(FileManager.default.contents(atPath: data + "-wal"), "hubd is running, so the WAL exists")
        #expect(wal.count > 0)
        let files = [data, data + "-wal", daemon.logPath]
        for path in files {
            let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
            for form in Self.forms {
                #expect(!Self.contains(bytes, form), "\(path) contains the UID as \(String(decoding: form, as: UTF8.self))")
            }
        }
        #expect(daemon.log().contains("pass enrolled"), "the log was written at all")
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in haystack[start..<start + needle.count].elementsEqual(needle) }
    }
}
