import Devices
import Foundation
import Inventory
import Logging

/// What exactly-once costs a payment: the four durable commits (PENDING, SENT, the journalled
/// result, completion), each one fsync with `synchronous=FULL`, measured on the disk under
/// `directory`. Also how fast the ZVT serial codec frames and reads back a typical result.
enum PaymentCost {
    static func report(payments: Int, directory: String) async throws -> String {
        let bench = try BenchDirectory(under: directory)
        defer { bench.remove() }
        var logger = Logger(label: "hub-bench")
        logger.logLevel = .warning
        let database = try HubDatabase(path: bench.path + "/hub.sqlite", logger: logger)
        let store = PaymentStore(database: database, calendar: HubCalendar(), rules: PaymentRules())
        var journal: [Duration] = []
        let clock = ContinuousClock()
        for index in 0..<payments {
            let elapsed = try await clock.measure {
                try await journalOne(index, store: store)
            }
            journal.append(elapsed)
        }
        let summary = LatencySummary(journal)
        let codec = codecRate(messages: 100_000)
        return """
            payment journal (pending → sent → approved → completed, 4 commits) on \(bench.absolutePath): \
            median \(format(summary.medianMs)) ms, p99 \(format(summary.p99Ms)) ms, max \(format(summary.maxMs)) ms over \(payments) payments
            ZVT serial codec (frame + CRC + deframe + decode a 04 0F): \(codec) messages/s
            """
    }

    private static func journalOne(_ index: Int, store: PaymentStore) async throws {
        let intent = PaymentIntent(reference: "bench-\(index)", amount: Cents(150), terminal: "bench")
        guard case .created(let payment) = try await store.begin(intent), let id = payment.id else {
            throw BenchFailure("the bench payment \(index) was not created")
        }
        try await store.markSent(id)
        _ = try await store.journal(id, .approved(PaymentApproval(receiptNumber: index % 9999, trace: index)))
        _ = try await store.complete(id)
    }

    private static func codecRate(messages: Int) -> String {
        let status = ZVTAPDU(
            classByte: 0x04, instruction: 0x0F,
            data: [0x27, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x01, 0x50, 0x87, 0x00, 0x10, 0x0B, 0x00, 0x10, 0x10, 0x29, 0x52, 0x50, 0x00, 0x01]
        )
        let frame = ZVTSerialFrame.encode(status)
        var framer = ZVTSerialFramer()
        var decoded = 0
        let elapsed = ContinuousClock().measure {
            for _ in 0..<messages {
                for event in framer.feed(frame, at: .now) {
                    if case .frame(let apdu) = event, (try? ZVTStatusInformation(bmpData: apdu.data)) != nil { decoded += 1 }
                }
            }
        }
        guard decoded == messages else { return "failed (\(decoded) of \(messages) decoded)" }
        return String(format: "%.0f", Double(messages) / elapsed.seconds)
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
