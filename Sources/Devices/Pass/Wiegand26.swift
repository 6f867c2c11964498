/// The 26-bit Wiegand frame: an even parity bit over the first 12 data bits, 24 data bits
/// (8-bit facility code, 16-bit card number), an odd parity bit over the last 12. Kept apart
/// from `UIDFormat` because readers print the 24-bit number; raw frames only come from a
/// Wiegand interface wired to GPIO.
public enum Wiegand26 {
    /// The 24 data bits of a raw frame (bit 25 first on the wire, bit 0 last), after checking
    /// both parity bits, because a single flipped bit would otherwise be another card.
    public static func data(fromFrame frame: UInt32) -> Result<UInt32, InputRejection> {
        guard frame < 1 << 26 else {
            return .failure(InputRejection(.checksum, "Wiegand frame has more than 26 bits — check that the reader is set to Wiegand-26"))
        }
        let evenHalf = (frame >> 13) & 0x1FFF
        let oddHalf = frame & 0x1FFF
        guard evenHalf.nonzeroBitCount % 2 == 0, oddHalf.nonzeroBitCount % 2 == 1 else {
            return .failure(InputRejection(.checksum, "Wiegand-26 frame with a parity error dropped — tap the card again; if it repeats, check the D0/D1 wiring"))
        }
        return .success((frame & 0x1FF_FFFE) >> 1)
    }

    /// The raw frame for 24 data bits, with both parity bits set.
    public static func frame(for data: UInt32) -> UInt32 {
        let bits = data & 0xFF_FFFF
        let even: UInt32 = (bits >> 12).nonzeroBitCount % 2 == 0 ? 0 : 1
        let odd: UInt32 = (bits & 0xFFF).nonzeroBitCount % 2 == 0 ? 1 : 0
        return even << 25 | bits << 1 | odd
    }
}
