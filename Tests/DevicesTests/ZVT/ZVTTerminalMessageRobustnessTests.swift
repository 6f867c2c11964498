@testable import Devices
import Testing

@Suite struct ZVTTerminalMessageRobustnessTests {
    /// Seeded so a failure reproduces; the point is only that nothing traps.
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    @Test func randomDataNeverTraps() {
        var generator = SplitMix(state: 2026)
        let heads: [(UInt8, UInt8)] = [(0x04, 0x0F), (0x04, 0xFF), (0x06, 0xD1), (0x06, 0xD3), (0x06, 0x1E)]
        var decoded = 0
        for round in 0..<5_000 {
            let (classByte, instruction) = heads[round % heads.count]
            let count = Int.random(in: 0...40, using: &generator)
            let data = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if (try? ZVTTerminalMessage(ZVTAPDU(classByte: classByte, instruction: instruction, data: data))) != nil {
                decoded += 1
            }
        }
        #expect(decoded > 0)
    }

    @Test func randomAPDUsSurviveSerialAndTCPRoundTrips() {
        var generator = SplitMix(state: 7)
        var framer = ZVTSerialFramer()
        var reassembler = ZVTTCPReassembler()
        for _ in 0..<300 {
            let count = Int.random(in: 0...400, using: &generator)
            let data = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: data)
            #expect(framer.feed(ZVTSerialFrame.encode(apdu), at: .now) == [.frame(apdu)])
            #expect(reassembler.feed(apdu.encoded) == [apdu])
        }
    }
}
