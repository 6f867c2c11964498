import Devices
import Testing

@Suite struct Wiegand26Tests {
    @Test func framesCarryBothParityBits() {
        // 0xA78230: first 12 bits hold 6 ones (even parity 0), last 12 hold 3 (odd parity 0).
        #expect(Wiegand26.frame(for: 0xA7_8230) == 0x14F_0460)
        // 0x086CED: 3 ones in the first half (even parity 1), 8 in the second (odd parity 1).
        #expect(Wiegand26.frame(for: 0x08_6CED) == 0x210_D9DB)
        #expect(Wiegand26.frame(for: 0) == 1)
        #expect(Wiegand26.frame(for: 0xFF_FFFF) == 0x1FF_FFFF)
    }

    @Test(arguments: [UInt32(0), 0xA7_8230, 0x08_6CED, 0xFF_FFFF, 0x12_3456])
    func dataSurvivesARoundTrip(_ data: UInt32) throws {
        #expect(try Wiegand26.data(fromFrame: Wiegand26.frame(for: data)).get() == data)
    }

    @Test func aFlippedBitIsAParityError() {
        let frame = Wiegand26.frame(for: 0xA7_8230)
        for bit in 0..<26 {
            let broken = frame ^ (1 << UInt32(bit))
            guard case .failure(let rejection) = Wiegand26.data(fromFrame: broken) else {
                Issue.record("bit \(bit) flipped but accepted")
                continue
            }
            #expect(rejection.code == .checksum)
        }
    }

    @Test func moreThan26BitsIsRefused() {
        #expect((try? Wiegand26.data(fromFrame: 1 << 26).get()) == nil)
    }
}
