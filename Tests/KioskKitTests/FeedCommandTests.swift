import Testing
@testable import KioskKit

@Suite struct FeedCommandTests {
    @Test func feedIsTheOldPlainIntakeLog() throws {
        let command = try KioskCommand.parseAsRoot(["feed", "--socket", "/tmp/x.sock", "--lang", "en"])
        #expect(command is FeedCommand)
    }

    @Test func theConsoleTakesTheGlobalOptions() throws {
        let command = try #require(try KioskCommand.parseAsRoot(["--socket", "/tmp/x.sock", "--lang", "en"]) as? ConsoleCommand)
        #expect(command.consoleLanguage() == .en)
    }
}
