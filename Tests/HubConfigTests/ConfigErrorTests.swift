import Testing
@testable import HubConfig

@Suite struct ConfigErrorTests {
    @Test func wrongTypeNamesFileLineKeyAndValue() throws {
        let text = """
            [[devices]]
            name = "a"
            driver = "serial"
            path = "/dev/ttyUSB0"

            [[devices]]
            name = "b"
            role = "stock"
            driver = "serial"
            path = "/dev/ttyUSB1"
            baud = "9600"
            """
        let found = issues(in: text)
        #expect(found.count == 1)
        let issue = try #require(found.first)
        #expect(issue.code == .wrongType)
        #expect(issue.line == 11)
        #expect(issue.key == "baud")
        #expect(issue.description == #"hubd.toml:11: [[devices]] #2 key 'baud': must be an integer, found string "9600""#)
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() throws {
        let text = "[[devices]]\nname = \"a\"\ndriverr = \"evdev\"\ndriver = \"evdev\"\npath = \"/dev/null\"\n"
        let issue = try #require(issues(in: text).first)
        #expect(issue.code == .unknownKey)
        #expect(issue.line == 3)
        #expect(issue.key == "driverr")
        #expect(issue.description.contains("did you mean 'driver'?"))
    }

    @Test func unknownHubKeyAndUnknownTable() {
        let text = "[hub]\nname = \"x\"\ndatadir = \"/srv\"\n\n[hubb]\nname = \"y\"\n\n[[device]]\nname = \"z\"\n"
        let found = issues(in: text)
        #expect(found.map(\.code) == [.unknownKey, .unknownTable, .unknownTable])
        #expect(found.map(\.line) == [3, 5, 8])
        #expect(found[0].description.contains("did you mean 'data_dir'?"))
        #expect(found[1].description.contains("unknown table [hubb]; did you mean [hub]?"))
        #expect(found[2].description.contains("unknown table [[device]]; did you mean [[devices]]?"))
    }

    @Test func duplicateDeviceNameNamesTheFirstUse() throws {
        let text = """
            [[devices]]
            name = "scanner"
            driver = "hid"

            [[devices]]
            driver = "hid"
            name = "scanner"
            """
        let issue = try #require(issues(in: text).first)
        #expect(issue.code == .duplicate)
        #expect(issue.line == 7)
        #expect(issue.key == "name")
        #expect(issue.message.contains("first used on line 2 in [[devices]] #1"))
    }

    @Test func missingPathForADriverThatReadsADeviceNode() throws {
        let text = "[hub]\nname = \"x\"\n\n[[devices]]\nname = \"scanner\"\nrole = \"intake\"\ndriver = \"evdev\"\n"
        let issue = try #require(issues(in: text).first)
        #expect(issue.code == .missingKey)
        #expect(issue.line == 4)
        #expect(issue.key == "path")
        #expect(issue.description.hasPrefix("hubd.toml:4: [[devices]] #1 key 'path': missing"))
    }

    @Test func missingRequiredKeys() {
        let text = "[[devices]]\nrole = \"intake\"\n\n[[suppliers]]\ncold_chain = true\n"
        let found = issues(in: text)
        #expect(Set(found.map(\.key)) == ["name", "driver", "id", "patterns"])
        #expect(found.allSatisfy { $0.code == .missingKey })
        #expect(found.filter { $0.section == .arrayTable("devices", index: 0) }.allSatisfy { $0.line == 1 })
        #expect(found.filter { $0.section == .arrayTable("suppliers", index: 0) }.allSatisfy { $0.line == 4 })
    }

    @Test func zvtNeedsPathOrAddress() throws {
        let issue = try #require(issues(in: "[[devices]]\nname = \"pin\"\nrole = \"payment\"\ndriver = \"zvt\"\n").first)
        #expect(issue.code == .missingKey && issue.key == "address")
    }

    @Test func badSupplierPattern() throws {
        let text = "[[suppliers]]\nid = \"x\"\nname = \"X\"\npatterns = [\"^OK$\", \"^(unclosed\"]\n"
        let issue = try #require(issues(in: text).first)
        #expect(issue.code == .invalidPattern)
        #expect(issue.line == 4)
        #expect(issue.key == "patterns")
        #expect(issue.message.contains("pattern #2 '^(unclosed' is not a valid regular expression"))
    }

    @Test func badEnumValuesListTheAllowedValues() {
        let text = """
            [hub]
            language = "de"

            [[devices]]
            name = "a"
            role = "intke"
            driver = "usb"
            terminator = "cr"
            """
        let found = issues(in: text)
        #expect(found.map(\.key) == ["language", "role", "driver", "terminator"])
        #expect(found.map(\.line) == [2, 6, 7, 8])
        #expect(found.allSatisfy { $0.code == .invalidValue })
        #expect(found[1].message == #"must be one of "intake", "pass", "stock", "payment", "feedback", "buttons", found "intke"; did you mean "intake"?"#)
        #expect(found[2].message.contains(#""evdev", "serial", "hid", "rdm6300", "zvt", "gpio""#))
        #expect(found[3].message.contains(#"did you mean "CR"?"#))
    }

    @Test func syntaxErrorCarriesTheLine() throws {
        let issue = try #require(issues(in: "[hub]\nname = \"x\"\ndata_dir = \n").first)
        #expect(issue.code == .syntax)
        #expect(issue.line == 3)
        #expect(issue.description.hasPrefix("hubd.toml:3: TOML syntax error"))
    }

    @Test func everyProblemIsReportedInFileOrder() {
        let text = """
            [hub]
            name = 7
            cold_chain_hours = -1

            [[devices]]
            name = "a"
            driver = "serial"
            baud = 9601
            colour = "red"

            [[devices]]
            name = "a"
            driver = "hid"

            [[suppliers]]
            id = "Vegro"
            name = "Vegro"
            patterns = []
            """
        let found = issues(in: text)
        #expect(found.map(\.line) == [2, 3, 5, 8, 9, 12, 16, 18])
        #expect(found.map(\.code) == [
            .wrongType, .invalidValue, .missingKey, .invalidValue, .unknownKey, .duplicate, .invalidValue, .invalidValue,
        ])
        let error = ConfigError(issues: found)
        #expect(error.description.split(separator: "\n").count == 8)
    }

    @Test func driverKeysAreTypeChecked() {
        let text = """
            [[devices]]
            name = "r"
            driver = "hid"
            uid_format = "hex-le"
            address = "localhost"
            password = "1234"
            led_green = "17"
            buttons = [1, "2"]
            debounce_ms = -5
            vid = "xyz"
            """
        let found = issues(in: text)
        #expect(found.map(\.key) == ["uid_format", "address", "password", "led_green", "buttons", "debounce_ms", "vid"])
        #expect(found.map(\.line) == [4, 5, 6, 7, 8, 9, 10])
    }

    @Test func aHidDeviceInUseNeedsVidAndPid() throws {
        let text = """
            [[devices]]
            name = "r"
            role = "intake"
            driver = "hid"
            """
        let issue = try #require(issues(in: text).first)
        #expect(issue.key == "vid")
        #expect(issue.code == .missingKey)
    }

    @Test func aSevenByteUIDCannotBeWiegand26() throws {
        let text = """
            [[devices]]
            name = "r"
            role = "pass"
            driver = "rdm6300"
            path = "/dev/null"
            uid_format = "wiegand26"
            uid_bytes = 7
            """
        let issue = try #require(issues(in: text).first)
        #expect(issue.key == "uid_bytes")
        #expect(issue.line == 7)
        #expect(issue.message.contains("cannot be represented as wiegand26"))
    }

    @Test func aSevenByteUIDCannotBeWiegand26Reversed() throws {
        let text = """
            [[devices]]
            name = "r"
            role = "pass"
            driver = "serial"
            path = "/dev/null"
            uid_format = "wiegand26-reversed"
            uid_bytes = 7
            """
        let issue = try #require(issues(in: text).first)
        #expect(issue.key == "uid_bytes")
        #expect(issue.message.contains("cannot be represented as wiegand26-reversed"))
    }

    @Test func devicesWrittenAsASingleTable() throws {
        let issue = try #require(issues(in: "[devices]\nname = \"a\"\n").first)
        #expect(issue.code == .wrongType)
        #expect(issue.line == 1)
        #expect(issue.message.contains("[[devices]]"))
    }

    @Test func reservedAndMalformedSupplierIds() {
        let text = """
            [[suppliers]]
            id = "unknown"
            name = "U"
            patterns = ["^U"]

            [[suppliers]]
            id = "post nl"
            name = "PostNL"
            patterns = ["^3S"]
            """
        let found = issues(in: text)
        #expect(found.map(\.line) == [2, 7])
        #expect(found.allSatisfy { $0.code == .invalidValue && $0.key == "id" })
    }
}
