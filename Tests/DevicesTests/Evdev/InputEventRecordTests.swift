import Devices
import Testing

@Suite struct InputEventRecordTests {
    @Test func parsesTheLittleEndianLayout() throws {
        let bytes: [UInt8] = [
            0x10, 0x32, 0x54, 0x76, 0, 0, 0, 0,
            0x40, 0x42, 0x0F, 0, 0, 0, 0, 0,
            0x01, 0x00, 0x1C, 0x00, 0x02, 0x00, 0x00, 0x00,
        ]
        let record = try #require(InputEventRecord(bytes: bytes))
        #expect(record.seconds == 0x7654_3210)
        #expect(record.microseconds == 999_999 + 1)
        #expect(record.type == 1)
        #expect(record.code == 28)
        #expect(record.value == 2)
        #expect(record.bytes == bytes)
    }

    @Test func negativeValueRoundTrips() throws {
        let record = InputEventRecord(seconds: -1, microseconds: 5, type: 3, code: 0x35, value: -42)
        #expect(record.bytes.count == InputEventRecord.size)
        #expect(InputEventRecord(bytes: record.bytes) == record)
    }

    @Test func partialRecordIsKeptAcrossFeedsAtEveryOffset() {
        let records = EvdevFixtures.K(11, 11, 3, 8) + EvdevFixtures.enter
        let stream = records.flatMap(\.bytes)
        for split in [1, 7, 23, 24, 25, 47, 100, stream.count - 1] {
            var parser = InputEventRecordParser()
            let first = parser.feed(stream[..<split])
            #expect(parser.pendingByteCount == split % InputEventRecord.size)
            let second = parser.feed(stream[split...])
            #expect(first + second == records, "split at \(split)")
            #expect(parser.pendingByteCount == 0)
        }
    }

    @Test func byteByByteFeedYieldsEveryRecordOnce() {
        let records = EvdevFixtures.K(2, 3, 4)
        var parser = InputEventRecordParser()
        var parsed: [InputEventRecord] = []
        for byte in records.flatMap(\.bytes) {
            parsed += parser.feed([byte])
            #expect(parser.pendingByteCount < InputEventRecord.size)
        }
        #expect(parsed == records)
    }
}
