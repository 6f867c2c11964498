import ArgumentParser
import Testing
@testable import KioskKit

/// Global options may come before the subcommand (`kiosk --socket PATH status`) as well as
/// after it; the command line is reordered before ArgumentParser sees it.
@Suite struct GlobalOptionOrderTests {
    private func normalised(_ arguments: String) -> String {
        GlobalOptionOrder.normalise(arguments.split(separator: " ").map(String.init)).joined(separator: " ")
    }

    @Test func aLeadingGlobalOptionMovesAfterTheSubcommand() {
        #expect(normalised("--socket /run/hubd.sock status") == "status --socket /run/hubd.sock")
        #expect(normalised("--socket=/run/hubd.sock status --json") == "status --socket=/run/hubd.sock --json")
        #expect(normalised("--lang en --config /etc/hubd/hubd.toml status") == "status --lang en --config /etc/hubd/hubd.toml")
    }

    @Test func globalOptionsMoveAfterTheWholeSubcommandPath() {
        #expect(normalised("--lang en parcel assign VG12345678 BZ-001") == "parcel assign --lang en VG12345678 BZ-001")
        #expect(normalised("stock --socket /s loans --json") == "stock loans --socket /s --json")
    }

    @Test func theUsualOrderIsLeftAlone() {
        for line in ["status --socket /s", "status --json --socket /s --lang en", "parcel assign VG1 BZ-001 --socket=/s", ""] {
            #expect(normalised(line) == line)
        }
    }

    /// Only words before the first argument can name a subcommand, so an argument or an option's
    /// value that happens to be a command's name stays where it is.
    @Test func valuesThatLookLikeCommandsAreNotMoved() {
        #expect(normalised("residents add --name status --socket /s") == "residents add --name status --socket /s")
        #expect(normalised("--socket status") == "--socket status")
        #expect(normalised("--lang en -- status") == "--lang en -- status")
    }

    @Test func aMissingValueIsLeftForTheParserToReport() {
        #expect(normalised("--socket") == "--socket")
        #expect(normalised("status --socket") == "status --socket")
    }

    @Test func withNoSubcommandTheConsoleGetsTheOptions() throws {
        let command = try KioskCommand.parseAsRoot(GlobalOptionOrder.normalise(["--socket", "/s", "--lang=en"]))
        let console = try #require(command as? ConsoleCommand)
        #expect(console.global.socket == "/s")
        #expect(console.global.lang == "en")
    }

    @Test func bothOrdersParseToTheSameCommand() throws {
        for arguments in [["--socket", "/s", "status", "--json"], ["status", "--json", "--socket", "/s"], ["--socket=/s", "status", "--json"]] {
            let command = try KioskCommand.parseAsRoot(GlobalOptionOrder.normalise(arguments))
            let status = try #require(command as? StatusCommand, "\(arguments)")
            #expect(status.global.socket == "/s")
            #expect(status.json)
        }
        let nested = try KioskCommand.parseAsRoot(GlobalOptionOrder.normalise(["--lang", "en", "parcel", "assign", "VG1", "BZ-001"]))
        #expect((nested as? ParcelCommand.Assign)?.global.lang == "en")
    }

    /// A new global option must be added to the reordering too, or it would work in one order only.
    @Test func everyGlobalOptionIsReordered() {
        let help = GlobalOptions.helpMessage(columns: 200)
        let named = Set(help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }).map(String.init).filter { $0.hasPrefix("--") && $0 != "--help" })
        #expect(named == GlobalOptionOrder.valueOptions)
    }
}
