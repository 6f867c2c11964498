import Devices
import Foundation
import GRDB

/// The Python peer of `scripts/scan-cpu/peer.py` written in Swift on the hub's own parts: hubd's
/// evdev parser and US decoder, and GRDB with the same table, SQL and settings. It separates what
/// the language, GRDB and the concurrency runtime cost from what hubd's own path adds (issue 16,
/// goal 1), so `scripts/bench-scan-cpu --swift-peer` runs it as a third contestant.
///
/// - `sync`: one thread reads the FIFO, decodes, and commits with GRDB's blocking `write`: the
///   peer's shape exactly.
/// - `async`: a reading thread hands each code through an `AsyncStream` to a task that commits
///   with `await write`: the thread hops hubd's pipeline makes, with none of its work.
enum SwiftPeer {
    enum Mode: String { case sync, async }

    static let usage = "usage: hub-bench peer FIFO DATABASE [sync|async]"

    static func run(_ arguments: [String]) async throws -> Int32 {
        guard arguments.count >= 2, let mode = Mode(rawValue: arguments.count > 2 ? arguments[2] : "sync") else {
            BenchRun.complain(usage)
            return 64
        }
        let database = try open(arguments[1])
        let fd = Foundation.open(arguments[0], O_RDONLY)
        guard fd >= 0 else {
            BenchRun.complain("cannot open \(arguments[0]): \(String(cString: strerror(errno)))")
            return 1
        }
        defer { close(fd) }
        switch mode {
        case .sync:
            try readCodes(fd) { code in try insert(code, into: database) }
        case .async:
            try await commitFromStream(fd, database)
        }
        return 0
    }

    private static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous=FULL")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode=WAL")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS parcel (id INTEGER PRIMARY KEY, barcode TEXT NOT NULL, received_at REAL NOT NULL)")
        }
        return queue
    }

    private static func insert(_ code: String, into database: DatabaseQueue) throws {
        try database.write { db in
            try db.cachedStatement(sql: "INSERT INTO parcel (barcode, received_at) VALUES (?, ?)")
                .execute(arguments: [code, Date().timeIntervalSince1970])
        }
    }

    /// Reads records until end of file, calling `body` with each decoded code on this thread.
    private static func readCodes(_ fd: Int32, _ body: (String) throws -> Void) throws {
        var parser = InputEventRecordParser()
        var decoder = KeyboardDecoder(layout: .us)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            for payload in decoder.feed(parser.feed(buffer[0..<count])) {
                if case .code(let code) = payload { try body(code.raw) }
            }
        }
    }

    private static func commitFromStream(_ fd: Int32, _ database: DatabaseQueue) async throws {
        let (codes, sink) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1024))
        let reader = Thread {
            try? readCodes(fd) { sink.yield($0) }
            sink.finish()
        }
        reader.start()
        for await code in codes {
            try await database.write { db in
                try db.cachedStatement(sql: "INSERT INTO parcel (barcode, received_at) VALUES (?, ?)")
                    .execute(arguments: [code, Date().timeIntervalSince1970])
            }
        }
    }
}
