import Foundation
import Testing
@testable import HubConfig

@Suite struct ConfigResolutionTests {
    @Test func explicitPathWinsEvenWhenTheSystemFileExists() {
        let source = ConfigLoader.resolveSource(explicitPath: "/tmp/x.toml", systemPath: "/etc/hubd/hubd.toml", fileExists: { _ in true })
        #expect(source == .file("/tmp/x.toml"))
    }

    @Test func systemFileIsUsedWhenPresent() {
        let source = ConfigLoader.resolveSource(explicitPath: nil, systemPath: "/etc/hubd/hubd.toml", fileExists: { $0 == "/etc/hubd/hubd.toml" })
        #expect(source == .file("/etc/hubd/hubd.toml"))
    }

    @Test func embeddedDefaultWhenNothingIsInstalled() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/hubd.toml"
        #expect(ConfigLoader.resolveSource(explicitPath: nil, systemPath: missing) == .embeddedDefault)
        let result = try ConfigLoader.loadResolved(explicitPath: nil, systemPath: missing)
        #expect(result.configuration.hub.name == "buurhub demo")
    }

    @Test func loadsARealFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hubconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hubd.toml").path
        try "[hub]\nname = \"Colmschate\"\ndata_dir = \"/var/lib/hubd\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try ConfigLoader.loadResolved(explicitPath: nil, systemPath: file)
        #expect(result.configuration.hub.name == "Colmschate")
        #expect(result.configuration.hub.socketPath == "/var/lib/hubd/hubd.sock")
        #expect(result.configuration.sourcePath == file)
    }

    @Test func missingExplicitFileIsAnErrorNotAFallback() {
        let missing = "/nonexistent-\(UUID().uuidString).toml"
        #expect {
            _ = try ConfigLoader.loadResolved(explicitPath: missing)
        } throws: { error in
            let issues = (error as? ConfigError)?.issues ?? []
            return issues.map(\.code) == [.unreadable] && issues[0].description.hasPrefix("\(missing): no such file")
        }
    }
}
