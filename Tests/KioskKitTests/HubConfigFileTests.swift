@testable import KioskKit
import Testing

@Suite struct HubConfigFileTests {
    @Test func theSocketSettingWins() throws {
        let file = try HubConfigFile.parse("[hub]\ndata_dir = \"/srv/hub\"\nsocket = \"/run/hubd.sock\"\nlanguage = \"en\"\n", file: "hubd.toml")
        #expect(file == HubConfigFile(socketPath: "/run/hubd.sock", language: "en"))
    }

    @Test func theSocketFollowsTheDataDirectory() throws {
        let file = try HubConfigFile.parse("[hub]\ndata_dir = \"/srv/hub/\"\n", file: "hubd.toml")
        #expect(file.socketPath == "/srv/hub/hubd.sock")
        #expect(file.language == nil)
    }

    @Test func withoutAHubTableTheDefaultSocketIsUsed() throws {
        let file = try HubConfigFile.parse("[[devices]]\nname = \"intake\"\n", file: "hubd.toml")
        #expect(file.socketPath == HubConfigFile.defaultSocketPath)
    }

    @Test func brokenTOMLNamesTheFileAndLine() {
        #expect(throws: KioskError.self) { try HubConfigFile.parse("[hub\nsocket = 1\n", file: "hubd.toml") }
    }

    @Test func noFileMeansHubdsBuiltInDefault() throws {
        #expect(try HubConfigFile.load(explicitPath: nil, fileExists: { _ in false }) == nil)
    }
}
