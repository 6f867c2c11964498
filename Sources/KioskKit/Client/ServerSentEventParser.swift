/// Splits an event stream into the `data:` payloads of complete events, across chunk borders.
struct ServerSentEventParser {
    private var pending: [UInt8] = []
    private var data: [String] = []
    private let maxPending = 1 << 20

    mutating func feed(_ bytes: [UInt8]) -> [String] {
        pending.append(contentsOf: bytes)
        var events: [String] = []
        while let newline = pending.firstIndex(of: 0x0A) {
            var line = Array(pending[..<newline])
            pending.removeSubrange(...newline)
            if line.last == 0x0D { line.removeLast() }
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")) }
                data.removeAll()
            } else if line.starts(with: Array("data:".utf8)) {
                let value = line.dropFirst(5).drop { $0 == 0x20 }
                data.append(String(decoding: value, as: UTF8.self))
            }
        }
        if pending.count > maxPending { pending.removeAll() }
        return events
    }
}
