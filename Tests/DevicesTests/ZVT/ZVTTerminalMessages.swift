@testable import Devices

/// Terminal → ECR APDUs as a terminal sends them, for scripts.
enum ZVTTerminalMessages {
    static let reply = ZVTAPDU.positiveReply

    static func status(_ code: UInt8) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x04, instruction: 0xFF, data: [code])
    }

    /// 04 0F with result, amount, receipt number, trace, terminal id and a PAN masked with E nibbles.
    static func result(_ code: UInt8, receipt: UInt64 = 42, cents: Int64 = 150) -> ZVTAPDU {
        var data: [UInt8] = [0x27, code]
        data += [0x04] + ((try? BCD.amount(cents: cents)) ?? [])
        data += [0x87] + ((try? BCD.encode(receipt, byteCount: 2)) ?? [])
        data += [0x0B, 0x00, 0x01, 0x23]
        data += [0x29, 0x52, 0x50, 0x00, 0x38]
        data += [0x22, 0xF0, 0xF8, 0x41, 0x11, 0x11, 0xEE, 0xEE, 0xEE, 0x11, 0x11]
        return ZVTAPDU(classByte: 0x04, instruction: 0x0F, data: data)
    }

    static func printLine(_ text: String) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [0x00] + Array(text.utf8))
    }

    static let completion = ZVTAPDU(classByte: 0x06, instruction: 0x0F, data: [0x00])

    static func abort(_ code: UInt8) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0x1E, data: [code])
    }

    static func negative(_ reason: UInt8) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x84, instruction: reason)
    }
}
