import Testing
@testable import KioskKit

@Suite struct KioskCommandParsingTests {
    @Test func noSubcommandIsTheConsole() throws {
        let command = try KioskCommand.parseAsRoot([])
        #expect(command is ConsoleCommand)
    }
}
