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

@Suite struct DashboardConfigTests {
    @Test func theDashboardIsOffUntilListenNamesAnAddress() throws {
        let none = try ConfigLoader.parseWithWarnings(text: "", file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(!none.dashboard.isEnabled)
        let text = "[dashboard]\nlisten = \"[::1]:8443\"\ntls_cert = \"/etc/buurhub/cert.pem\"\ntls_key = \"/etc/buurhub/key.pem\"\n"
        let configuration = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(configuration.dashboard == DashboardSettings(host: "::1", port: 8443, certificate: "/etc/buurhub/cert.pem", key: "/etc/buurhub/key.pem"))
        #expect(configuration.dashboard.usesTLS)
    }

    @Test func badDashboardValuesNameTheirLine() throws {
        let found = issues(in: "[dashboard]\nlisten = \"8080\"\ntls_cert = \"/etc/buurhub/cert.pem\"\nport = 80\n")
        #expect(found.contains { $0.line == 2 && $0.key == "listen" && $0.message.contains("192.168.1.20:8080") })
        #expect(found.contains { $0.key == "tls_key" && $0.message.contains("both tls_cert and tls_key") })
        #expect(found.contains { $0.line == 4 && $0.code == .unknownKey })
        let missing = try #require(throws: ConfigError.self) {
            try ConfigLoader.parseWithWarnings(
                text: "[dashboard]\nlisten = \"0.0.0.0:8080\"\ntls_cert = \"/nope/cert.pem\"\ntls_key = \"/nope/key.pem\"\n",
                file: "hubd.toml", pathExists: { _ in false }
            )
        }
        #expect(missing.issues.contains { $0.line == 3 && $0.message.contains("no file at /nope/cert.pem") })
    }
}

@Suite struct CentralConfigTests {
    @Test func syncIsOffUntilURLNamesCentral() throws {
        let none = try ConfigLoader.parseWithWarnings(text: "", file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(!none.central.isEnabled)
        let text = """
            [central]
            url = "postgresql://hub_colmschate@central.example.nl:5432/buurhub"
            hub_id = "colmschate"
            password_file = "/etc/buurhub/central-password"
            ca_file = "/etc/buurhub/central-ca.pem"
            batch_size = 200
            keep_uploaded_days = 30
            poll_seconds = 2.5
            """
        let configuration = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(configuration.central == CentralSettings(
            url: "postgresql://hub_colmschate@central.example.nl:5432/buurhub", hubID: "colmschate",
            passwordFile: "/etc/buurhub/central-password", caFile: "/etc/buurhub/central-ca.pem",
            batchSize: 200, keepUploadedDays: 30, pollSeconds: 2.5
        ))
    }

    @Test func sharingMoreIsAnExplicitSettingWithOneChoice() throws {
        let shared = try ConfigLoader.parseWithWarnings(text: "[central]\nshare = [\"address-pseudonyms\"]\n", file: "hubd.toml", pathExists: { _ in true })
        #expect(shared.configuration.central.shareAddressPseudonyms)
        #expect(!(try ConfigLoader.parseWithWarnings(text: "[central]\n", file: "hubd.toml", pathExists: { _ in true })).configuration.central.shareAddressPseudonyms)
        let found = issues(in: "[central]\nshare = [\"names\"]\n")
        #expect(found.contains { $0.line == 2 && $0.key == "share" && $0.message.contains("address-pseudonyms") })
    }

    @Test func badCentralValuesNameTheirLineAndWhatToDo() throws {
        let found = issues(in: "[central]\nurl = \"http://central\"\nbatch_size = 100000\npasword_file = \"/x\"\n")
        #expect(found.contains { $0.line == 2 && $0.key == "url" && $0.message.contains("hubcentral hub add") })
        #expect(found.contains { $0.line == 3 && $0.key == "batch_size" && $0.message.contains("at most 5000") })
        #expect(found.contains { $0.line == 4 && $0.code == .unknownKey })
        let incomplete = issues(in: "[central]\nurl = \"postgresql://hub_a@central:5432/buurhub\"\n")
        #expect(incomplete.contains { $0.key == "hub_id" && $0.code == .missingKey })
        #expect(incomplete.contains { $0.key == "password_file" && $0.message.contains("hubcentral hub add") })
        let missing = try #require(throws: ConfigError.self) {
            try ConfigLoader.parseWithWarnings(
                text: "[central]\nurl = \"postgresql://hub_a@central/buurhub\"\nhub_id = \"a\"\npassword_file = \"/nope/pw\"\n",
                file: "hubd.toml", pathExists: { _ in false }
            )
        }
        #expect(missing.issues.contains { $0.line == 4 && $0.message.contains("no file at /nope/pw") })
    }
}
