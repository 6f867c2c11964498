import Devices
import Foundation

/// Codes per second each driver's decoder turns out on this machine, fed the bytes its device
/// would send. Pure decoding on one core: the ceiling before any I/O or database work.
enum DecodeThroughput {
    struct Row {
        var driver: String
        var codes: Int
        var seconds: Double
        var perSecond: Double { Double(codes) / seconds }
    }

    static func run(codes: Int) throws -> [Row] {
        let texts = (0..<codes).map { String(format: "VG%08d", $0) }
        return [
            try measure("serial (LineFramer)", texts.count, input: Array(texts.map { $0 + "\r" }.joined().utf8)) { bytes in
                var framer = LineFramer(terminator: .cr, maxCodeLength: 256)
                return framer.feed(bytes).count
            },
            try measure("evdev (records → KeyboardDecoder, us)", texts.count, input: try evdevBytes(texts)) { bytes in
                var decoder = KeyboardDecoder(layout: .us)
                var parser = InputEventRecordParser()
                return decoder.feed(parser.feed(bytes)).count
            },
            try measure("rdm6300 (RDM6300Framer)", texts.count, input: rdm6300Bytes(codes)) { bytes in
                var framer = RDM6300Framer(holdWindow: .zero)
                return framer.feed(bytes).count
            },
            try measure("GS1 interpretation (CodeInterpreter)", texts.count, input: []) { _ in
                texts.reduce(0) { count, text in
                    (try? CodeInterpreter.interpret("]d201123123123123331" + "0" + text + "\u{1D}99X").get()) == nil ? count : count + 1
                }
            },
        ]
    }

    private static func measure(_ name: String, _ expected: Int, input: [UInt8], _ body: ([UInt8]) -> Int) throws -> Row {
        let clock = ContinuousClock()
        var produced = 0
        let elapsed = clock.measure { produced = body(input) }
        guard produced == expected else { throw BenchFailure("\(name) produced \(produced) of \(expected) codes") }
        return Row(driver: name, codes: produced, seconds: elapsed / .seconds(1))
    }

    private static func evdevBytes(_ texts: [String]) throws -> [UInt8] {
        let encoder = EvdevKeystrokeEncoder(layout: .us)
        return try texts.flatMap { try encoder.encode($0) }
    }

    /// Distinct tags, so the framer's hold suppression never folds two of them.
    private static func rdm6300Bytes(_ count: Int) -> [UInt8] {
        (0..<count).flatMap { index in
            let value = UInt32(truncatingIfNeeded: index)
            let tag = PassUID(bytes: [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
            return RDM6300Frame.encode(tag: tag) ?? []
        }
    }

    static func report(_ rows: [Row]) -> String {
        let lines = rows.map { row in
            "\(row.driver.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(format: "%12.0f", row.perSecond)) codes/s  (\(row.codes) in \(String(format: "%.2f", row.seconds)) s)"
        }
        return (["decoder throughput, one core:"] + lines).joined(separator: "\n")
    }
}
