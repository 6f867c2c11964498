/// Builds the terminal → ECR messages of PA00P015, the mirror image of `ZVTCommand`.
///
/// Every number put into BCD here is bounded by the ledger's counters or checked by the
/// caller, so an encoding failure can only be a simulator bug; it falls back to zeros rather
/// than trapping inside `hubd --simulate`.
enum ZVTSimulatorMessages {
    static let completion = ZVTAPDU(classByte: 0x06, instruction: 0x0F)

    static func negativeReply(_ reason: UInt8) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x84, instruction: reason)
    }

    static func intermediateStatus(_ code: UInt8) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x04, instruction: 0xFF, data: [code])
    }

    /// 06 D1: attribute 00 (normal text), then the line.
    static func printLine(_ text: String) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [0x00] + bytes(text))
    }

    static func abort(_ resultCode: UInt8) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0x1E, data: [resultCode])
    }

    static func statusInformation(_ fields: [[UInt8]]) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x04, instruction: 0x0F, data: fields.flatMap { $0 })
    }

    static func result(_ code: UInt8) -> [UInt8] {
        [0x27, code]
    }

    static func amount(_ cents: Int64) -> [UInt8] {
        [0x04] + ((try? BCD.amount(cents: cents)) ?? [UInt8](repeating: 0, count: 6))
    }

    static func receiptNumber(_ number: Int) -> [UInt8] {
        [0x87] + bcd(number, byteCount: 2)
    }

    static func trace(_ trace: Int) -> [UInt8] {
        [0x0B] + bcd(trace, byteCount: 3)
    }

    /// `digits` is validated (eight decimal digits) when the simulator is created.
    static func terminalID(_ digits: String) -> [UInt8] {
        [0x29] + bcd(Int(digits) ?? 0, byteCount: 4)
    }

    /// BMP 22 in the codec's convention: BCD with `E` for each hidden digit, LL-var.
    static func maskedPAN(_ pan: String) -> [UInt8] {
        var nibbles = pan.unicodeScalars.map { scalar -> UInt8 in
            guard let digit = UInt8(String(scalar)) else { return 0x0E }
            return digit
        }
        if nibbles.count % 2 == 1 {
            nibbles.append(0x0F)
        }
        let packed = stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
        return [0x22] + llVar(packed)
    }

    static func cardName(_ name: String) -> [UInt8] {
        [0x8B] + llVar(bytes(name))
    }

    static func text(_ text: String) -> [UInt8] {
        [0x3C] + lllVar(bytes(text))
    }

    /// BMP 60 "individual totals". PA00P015 defines a richer per-card-type structure; this
    /// project reads it as one group: first receipt (2 BCD), last receipt (2 BCD), count
    /// (1 byte binary, capped at 255), turnover in cents (6 BCD).
    static func totals(_ charges: [ZVTSimulatorCharge]) -> [UInt8] {
        let first = charges.first?.receiptNumber ?? 0
        let last = charges.last?.receiptNumber ?? 0
        let turnover = charges.reduce(Int64(0)) { $0 + $1.amountCents }
        let group = bcd(first, byteCount: 2) + bcd(last, byteCount: 2)
            + [UInt8(min(charges.count, 255))] + Array(amount(turnover).dropFirst())
        return [0x60] + lllVar(group)
    }

    /// LL-var length: two bytes `F0`–`F9`, one decimal digit each; texts beyond 99 are cut.
    static func llVar(_ value: [UInt8]) -> [UInt8] {
        let value = Array(value.prefix(99))
        return [0xF0 | UInt8(value.count / 10), 0xF0 | UInt8(value.count % 10)] + value
    }

    static func lllVar(_ value: [UInt8]) -> [UInt8] {
        let value = Array(value.prefix(999))
        let count = value.count
        return [0xF0 | UInt8(count / 100), 0xF0 | UInt8(count / 10 % 10), 0xF0 | UInt8(count % 10)] + value
    }

    /// ASCII, which CP437 and Latin-1 share, so the ECR decodes it whichever it assumes; anything
    /// else becomes "?".
    static func bytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : 0x3F }
    }

    private static func bcd(_ value: Int, byteCount: Int) -> [UInt8] {
        guard value >= 0, let encoded = try? BCD.encode(UInt64(value), byteCount: byteCount) else {
            return [UInt8](repeating: 0, count: byteCount)
        }
        return encoded
    }
}
