import Foundation
import Testing

/// toml++ used to abort on these bytes; systemd's "no restart on exit 78" only works if hubd exits.
@Suite struct BrokenConfigFileTests {
    @Test func anOpenArrayHeaderExits78WithTheLine() async throws {
        let directory = NSTemporaryDirectory() + "bh-badcfg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/hubd.toml"
        try Data("[[\n".utf8).write(to: URL(fileURLWithPath: file))

        let checked = await Command.run(Binaries.hubd, ["check-config", file])
        #expect(checked.exit == 78)
        #expect(checked.stderr.contains("\(file):1: TOML syntax error at column 3"))

        let started = await Command.run(Binaries.hubd, ["--config", file])
        #expect(started.exit == 78)
        #expect(started.stderr.contains("\(file):1:"))
    }
}
