import Foundation
import Testing

/// `kiosk --socket PATH status` and `kiosk status --socket PATH` both reach hubd, as `git -C`
/// and `docker -H` take their global options before the subcommand.
@Suite struct KioskOptionOrderTests {
    @Test func globalOptionsWorkBeforeAndAfterTheSubcommand() async throws {
        let daemon = try Daemon()
        try await daemon.start(warmUp: false)
        let socket = daemon.socketPath
        for arguments in [
            ["--socket", socket, "status"], ["status", "--socket", socket],
            ["--socket=\(socket)", "--lang", "en", "status", "--json"], ["--lang=en", "status", "--socket=\(socket)"],
        ] {
            let result = await Command.run(Binaries.kiosk, arguments)
            #expect(result.exit == 0, "kiosk \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        let wrong = await Command.run(Binaries.kiosk, ["--socket", daemon.directory + "/elsewhere.sock", "status"])
        #expect(wrong.exit != 0)
        #expect(wrong.stderr.contains("elsewhere.sock"), "the leading --socket was used: \(wrong.stderr)")
    }
}
