import Testing
@testable import HubConfig

@Suite struct ConfigWarningTests {
    @Test func absentPathIsAWarningNotAnError() throws {
        let text = "[[devices]]\nname = \"s\"\nrole = \"intake\"\ndriver = \"serial\"\npath = \"/dev/ttyUSB9\"\n"
        let found = try warnings(in: text)
        #expect(found.map(\.code) == [.pathNotFound])
        #expect(found.first?.line == 5)
        #expect(found.first?.description == #"hubd.toml:5: warning: [[devices]] #1 key 'path': "/dev/ttyUSB9" does not exist right now; hubd will wait for it"#)
        #expect(try warnings(in: text, existing: ["/dev/ttyUSB9"]).isEmpty)
    }

    @Test func deviceWithoutRoleIsNeverOpened() throws {
        let text = "[hub]\nname = \"x\"\n\n[[devices]]\nname = \"spare\"\ndriver = \"serial\"\npath = \"/dev/missing\"\n"
        let found = try warnings(in: text)
        #expect(found.map(\.code) == [.neverOpened])
        #expect(found.first?.line == 4)
        #expect(found.first?.message.contains("never opens") == true)
    }

    @Test func layoutOnASerialDeviceIsIgnored() throws {
        let text = "[[devices]]\nname = \"s\"\nrole = \"stock\"\ndriver = \"serial\"\npath = \"/dev/null\"\nlayout = \"de\"\n"
        let found = try warnings(in: text, existing: ["/dev/null"])
        #expect(found.map(\.code) == [.ignoredKey])
        #expect(found.first?.key == "layout")
    }

    @Test func realFilesystemIsConsultedByDefault() throws {
        let text = "[[devices]]\nname = \"s\"\nrole = \"stock\"\ndriver = \"serial\"\npath = \"/dev/null\"\n"
        #expect(try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml").warnings.isEmpty)
    }
}
