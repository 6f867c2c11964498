import Foundation
import Testing

/// `kiosk report month|quarter|year|range` through the running hubd: each period answers, the
/// CSV carries the same figures as the JSON, and a malformed or future period gets an answer
/// that says what to write.
@Suite(.serialized) struct ReportPeriodTests {
    @Test func everyPeriodAnswersAndBadOnesSayWhatToWrite() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await hub.ensureStaff()
        let now = ISO8601DateFormatter().string(from: Date())
        let year = String(now.prefix(4)), month = String(now.prefix(7)), today = String(now.prefix(10))
        let quarter = "\(year)-Q\(((Int(now.dropFirst(5).prefix(2)) ?? 1) - 1) / 3 + 1)"
        for arguments in [["month", month], ["quarter", quarter], ["year", year], ["range", "\(year)-01-01", today]] {
            let text = await hub.kiosk(["report"] + arguments)
            #expect(text.exit == 0 && text.stdout.contains("contact share") && text.stdout.contains("upper bound"), "\(arguments): \(text.stderr)")
            let json = try await hub.json(PeriodReport.self, ["report"] + arguments + ["--json"])
            let csv = await hub.kiosk(["report"] + arguments + ["--csv"])
            #expect(csv.stdout.contains("\(json.period),van,km saved (upper bound: days × 100 km),\(json.van.kilometres)"), "\(csv.stdout)")
        }
        let refusals: [([String], String)] = [
            (["quarter", "\(year)-Q5"], "YYYY-Qn"),
            (["month", "\(year)-13"], "YYYY-MM"),
            (["year", "2999"], "lies in the future"),
            (["range", today, "\(year)-01-01"], "runs backwards"),
        ]
        for (arguments, hint) in refusals {
            let refused = await hub.kiosk(["report"] + arguments)
            #expect(refused.exit != 0 && refused.stderr.contains(hint), "\(arguments): \(refused.stderr)")
        }
    }

    @Test func invoicesAndClosingAnswerThroughTheKiosk() async throws {
        let hub = try Daemon(extraConfig: """

            [[suppliers]]
            id = "bakker"
            name = "Bakkerij Bolder"
            patterns = ['^BK[0-9]{6}$']
            rate = "1,75"

            """)
        try await hub.start()
        try await hub.ensureStaff()
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let text = await hub.kiosk(["invoice", "supplier", "bakker", month])
        #expect(text.exit == 0 && text.stdout.contains("Bakkerij Bolder") && text.stdout.contains("0 deliveries"), "\(text.stdout)\(text.stderr)")
        let excel = await hub.kiosk(["invoice", "supplier", "bakker", month, "--csv", "excel"])
        // The byte-order mark is checked in SupplierInvoiceCSVTests; decoding stdout drops it here.
        #expect(excel.stdout.contains("supplier;month;date") && excel.stdout.contains("total;0 deliveries;;;0,00"), "\(excel.stdout)")
        let unknown = await hub.kiosk(["invoice", "supplier", "nope", month])
        #expect(unknown.exit != 0 && unknown.stderr.contains("known:"), "\(unknown.stderr)")
        let chartPath = hub.directory + "/deliveries.svg"
        let chart = await hub.kiosk(["report", "chart", "deliveries", "--months", "6", "--out", chartPath])
        #expect(chart.exit == 0, "\(chart.stderr)")
        let svg = try String(contentsOfFile: chartPath, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("Geen leveringen in deze periode"))
        let open = await hub.kiosk(["report", "close", month])
        #expect(open.exit != 0 && open.stderr.contains("has not ended"), "\(open.stderr)")
    }
}
