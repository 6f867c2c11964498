import Devices
import Testing

@Suite struct PassLineInterpreterTests {
    private func reader(_ format: UIDFormat, bytes: Int = 4) -> DeviceDescriptor {
        DeviceDescriptor(name: "pass-1", role: .pass, driver: .serial, path: "/dev/ttyACM1", uidFormat: format, uidLength: bytes)
    }

    @Test func aLineBecomesATap() {
        #expect(PassLineInterpreter.interpret(.code("2460451376"), for: reader(.decimalBE)) == .tap(PassUID(bytes: [0x92, 0xA7, 0x82, 0x30])))
        #expect(PassLineInterpreter.interpret(.code("04a2246a3b5c80"), for: reader(.hex, bytes: 7)) == .tap(PassUID(bytes: [0x04, 0xA2, 0x24, 0x6A, 0x3B, 0x5C, 0x80])))
    }

    @Test func aLineInTheWrongFormatIsRejected() {
        guard case .rejected(let rejection) = PassLineInterpreter.interpret(.code("92A78230"), for: reader(.decimalBE)) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.message.contains("decimal-be"))
    }

    @Test func otherPayloadsPassThrough() {
        let tap = InputEvent.Payload.tap(PassUID(bytes: [1, 2, 3, 4]))
        #expect(PassLineInterpreter.interpret(tap, for: reader(.hex)) == tap)
        #expect(PassLineInterpreter.interpret(.button(2), for: reader(.hex)) == .button(2))
        let rejected = InputEvent.Payload.rejected(InputRejection(.binary, "x"))
        #expect(PassLineInterpreter.interpret(rejected, for: reader(.hex)) == rejected)
    }

    @Test func theTextWithoutASymbologyPrefixIsRead() throws {
        let code = ScannedCode(raw: "]X0E3086CED", text: "E3086CED", symbology: Symbology(identifier: "]X0"))
        #expect(try PassLineInterpreter.interpret(code, format: .hex, length: 4).get() == PassUID(bytes: [0xE3, 0x08, 0x6C, 0xED]))
    }
}
