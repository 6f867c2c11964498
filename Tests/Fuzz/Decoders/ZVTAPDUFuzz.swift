@testable import Devices

/// What the ECR makes of an APDU from the terminal: the APDU header, then the message it is
/// (status information with its BMP fields, print lines, TLV text blocks, aborts), in both
/// text encodings. The input is tried as a whole APDU and as class, instruction and data, so
/// the fuzzer reaches the BMP and TLV decoders without having to get the length right.
///
/// Promises: a parsed APDU consumes no more than it was given and re-encodes to an APDU that
/// parses to itself; decoding either succeeds or names a place inside the data; decoded text
/// is no longer than the data it came from; BCD that decodes encodes back to the same bytes.
enum ZVTAPDUFuzz {
    static func run(_ bytes: [UInt8]) {
        if case .complete(let apdu, let consumed) = ZVTAPDU.parse(bytes) {
            require(consumed <= bytes.count && consumed >= 3, "consumed \(consumed) of \(bytes.count)")
            require(ZVTAPDU.parse(apdu.encoded) == .complete(apdu, consumed: apdu.encoded.count), "\(apdu) does not parse back")
            message(apdu)
        }
        guard bytes.count >= 2 else { return }
        message(ZVTAPDU(classByte: bytes[0], instruction: bytes[1], data: Array(bytes.dropFirst(2))))
        fields(Array(bytes.dropFirst(2)))
        bcd(Array(bytes.prefix(9)))
    }

    static func message(_ apdu: ZVTAPDU) {
        for encoding in [ZVTTextEncoding.cp437, .latin1] {
            do {
                let message = try ZVTTerminalMessage(apdu, textEncoding: encoding)
                check(message, from: apdu)
            } catch {
                check(error, in: apdu.data)
            }
        }
    }

    static func check(_ message: ZVTTerminalMessage, from apdu: ZVTAPDU) {
        switch message {
        case .statusInformation(let status):
            for text in [status.text, status.cardName, status.maskedPAN, status.terminalID].compactMap({ $0 }) {
                require(text.unicodeScalars.count <= apdu.data.count * 2, "\(text.unicodeScalars.count) characters from \(apdu.data.count) bytes")
            }
            if let amount = status.amountCents {
                require(amount >= 0 && amount <= 999_999_999_999_999_999, "amount \(amount)")
            }
        case .printLine(_, let text):
            require(text.unicodeScalars.count == apdu.data.count - 1, "a print line of \(text.unicodeScalars.count) characters from \(apdu.data.count) bytes")
        case .printTextBlock(let lines):
            require(lines.reduce(0) { $0 + $1.unicodeScalars.count } <= apdu.data.count, "text lines longer than their data")
        case .other(let other):
            require(other == apdu, "another APDU came out")
        case .intermediateStatus, .abort, .completion, .positiveReply, .negativeReply:
            break
        }
    }

    static func check(_ error: ZVTDecodeError, in data: [UInt8]) {
        switch error {
        case .truncated(_, let offset), .unknownTag(_, let offset), .badLengthField(_, let offset), .badTLV(let offset):
            require(offset >= 0 && offset < max(1, data.count), "\(error) points outside \(data.count) bytes")
        case .badBCD, .missingData:
            break
        }
    }

    static func fields(_ data: [UInt8]) {
        do {
            let fields = try ZVTBMPReader.fields(data)
            require(fields.reduce(0) { $0 + 1 + $1.value.count } <= data.count, "fields longer than their data")
        } catch {
            check(error, in: data)
        }
        do {
            let nodes = try ZVTTLV.nodes(data)
            require(nodes.reduce(0) { $0 + 2 + $1.value.count } <= data.count, "TLV nodes longer than their data")
            _ = try ZVTTLV.values(tagged: ZVTTerminalMessage.textLineTag, in: data)
        } catch {
            check(error, in: data)
        }
    }

    static func bcd(_ bytes: [UInt8]) {
        guard let value = BCD.decode(bytes) else { return }
        require((try? BCD.encode(value, byteCount: bytes.count)) == bytes, "BCD \(bytes) decodes to \(value), which encodes otherwise")
    }
}
