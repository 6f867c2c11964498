import Devices
import Testing

@Suite struct PseudoTerminalTests {
    @Test func slavePathIsAPtsNodeAndWritingAfterCloseFails() throws {
        let pty = try PseudoTerminal()
        #expect(pty.slavePath.hasPrefix("/dev/pts/"))
        try pty.write("123\r")
        pty.close()
        pty.close()
        let error = #expect(throws: DeviceError.self) { try pty.write("456\r") }
        #expect(error?.code == .closed)
    }
}
