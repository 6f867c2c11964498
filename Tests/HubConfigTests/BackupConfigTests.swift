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

@Suite struct RetentionConfigTests {
    @Test func retentionTableSetsEachPeriodAndDefaultsStandWithoutIt() throws {
        let text = "[retention]\nmanifest_days = 14\nparcel_days = 0\ninactive_resident_days = 365\nat = \"01:15\"\n"
        let configuration = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(configuration.retention == RetentionPolicy(manifestDays: 14, parcelDays: 0, inactiveResidentDays: 365, hour: 1, minute: 15))
        let none = try ConfigLoader.parseWithWarnings(text: "", file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(none.retention == RetentionPolicy())
    }

    @Test func badRetentionValuesNameTheirLine() {
        let found = issues(in: "[retention]\nparcel_days = -1\nloan_days = \"a year\"\nat = \"late\"\nforever = true\n")
        #expect(found.contains { $0.line == 2 && $0.key == "parcel_days" })
        #expect(found.contains { $0.line == 3 && $0.key == "loan_days" })
        #expect(found.contains { $0.line == 4 && $0.key == "at" && $0.message.contains("02:30") })
        #expect(found.contains { $0.line == 5 && $0.code == .unknownKey })
    }
}
