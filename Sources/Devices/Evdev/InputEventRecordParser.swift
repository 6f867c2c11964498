/// Cuts a byte stream into whole `InputEventRecord`s.
///
/// A read may end mid-record (a FIFO writer, or a short read); the tail is kept for the next
/// call so no record is ever dropped or misaligned. The kept tail is always shorter than one
/// record, so memory stays bounded whatever the stream does.
public struct InputEventRecordParser: Sendable {
    private var pending: [UInt8] = []

    public init() {
        pending.reserveCapacity(InputEventRecord.size)
    }

    /// Bytes of an incomplete record held for the next call; always below 24.
    public var pendingByteCount: Int { pending.count }

    public mutating func feed(_ bytes: some Collection<UInt8>) -> [InputEventRecord] {
        var records: [InputEventRecord] = []
        records.reserveCapacity((pending.count + bytes.count) / InputEventRecord.size)
        var rest = bytes[...]
        if !pending.isEmpty {
            let needed = InputEventRecord.size - pending.count
            pending.append(contentsOf: rest.prefix(needed))
            rest = rest.dropFirst(needed)
            guard let record = InputEventRecord(bytes: pending) else { return records }
            records.append(record)
            pending.removeAll(keepingCapacity: true)
        }
        let whole = Array(rest)
        var offset = 0
        while let record = InputEventRecord(bytes: whole, at: offset) {
            records.append(record)
            offset += InputEventRecord.size
        }
        pending.append(contentsOf: whole[offset...])
        return records
    }
}
