extension LineFramer {
    /// Decodes one complete line; checks binary first because line noise from a wrong baud rate
    /// usually also contains control characters, and the baud hint is the useful one.
    static func decode(_ line: [UInt8]) -> InputEvent.Payload {
        if isBinary(line) {
            return .rejected(InputRejection(
                .binary,
                "binary data instead of a code dropped — check the baud rate in the config and that the scanner is in serial (CDC) mode"
            ))
        }
        let trimmed = line.drop { isBlank($0) }.reversed().drop { isBlank($0) }.reversed()
        if trimmed.isEmpty {
            return .rejected(InputRejection(.empty, "empty scan (only spaces) dropped — scan the code again"))
        }
        if let bad = trimmed.first(where: { !isCodeByte($0) }) {
            let hex = String(bad, radix: 16, uppercase: true)
            return .rejected(InputRejection(
                .controlCharacters,
                "code with control character 0x\(hex.count == 1 ? "0" + hex : hex) dropped — switch off the scanner's prefix/suffix extras and scan again"
            ))
        }
        return .code(ScannedCode(raw: String(decoding: trimmed, as: UTF8.self)))
    }

    static func tooLong(_ limit: Int, _ terminator: LineTerminator) -> InputRejection {
        InputRejection(
            .tooLong,
            "code longer than \(limit) bytes dropped — check the scanner's suffix setting (CR/LF/CRLF; the config expects \(terminator.rawValue))"
        )
    }

    /// NUL-heavy lines are treated as binary: a stray NUL is a control-character problem, but
    /// many NULs mean a wrong baud rate or a non-text protocol.
    private static func isBinary(_ line: [UInt8]) -> Bool {
        if line.contains(where: { $0 >= 0x80 }) {
            return true
        }
        let nulCount = line.count { $0 == 0 }
        return nulCount >= 2 && nulCount * 4 >= line.count
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    /// Printable ASCII plus GS, the GS1 field separator that serial scanners deliver intact.
    private static func isCodeByte(_ byte: UInt8) -> Bool {
        (0x20...0x7E).contains(byte) || byte == 0x1D
    }
}
