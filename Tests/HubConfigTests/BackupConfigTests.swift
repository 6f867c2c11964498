import Inventory
import Testing
@testable import HubConfig

@Suite struct BackupConfigTests {
    @Test func backupTableSetsThePolicyAndNoTableMeansNoBackups() throws {
        let text = "[backup]\ndirectory = \"/media/backup/buurhub\"\nkeep = 3\nat = \"02:30\"\n"
        let configuration = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(configuration.backup == BackupPolicy(directory: "/media/backup/buurhub", keep: 3, hour: 2, minute: 30))
        let none = try ConfigLoader.parseWithWarnings(text: "", file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(none.backup.directory == nil)
    }

    @Test func badBackupValuesNameTheirLine() {
        let found = issues(in: "[backup]\ndirectory = \"usb\"\nkeep = 0\nat = \"3am\"\nevery = 2\n")
        #expect(found.contains { $0.line == 2 && $0.key == "directory" && $0.message.contains("absolute path") })
        #expect(found.contains { $0.line == 3 && $0.key == "keep" })
        #expect(found.contains { $0.line == 4 && $0.key == "at" && $0.message.contains("03:00") })
        #expect(found.contains { $0.line == 5 && $0.code == .unknownKey })
    }
}
