import Foundation
import GRDB
import Testing
@testable import Inventory

/// The report against a generated history whose totals are known in advance: two years of
/// parcels for a dozen residents from three suppliers, outcomes drawn from a fixed seed. Each
/// month's figures equal the generator's own count, and a quarter or a year is the sum of its
/// months for every additive figure.
@Suite struct GeneratedHistoryReportTests {
    struct Expected {
        var delivered: [String: Int] = [:]
        var contact = 0, letterbox = 0, neighbour = 0, returned = 0, notHome = 0
        var stops: Set<String> = []
        var stopSuppliers: [String: Set<String>] = [:]
    }

    /// A linear congruential generator (Knuth's MMIX constants): the same history every run.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let suppliers = ["vegro": "VG", "apotheek": "APO-", "maaltijden": "TDJ"]

    func generate(_ hub: TestHub) async throws -> [String: Expected] {
        var residents: [Resident] = []
        for number in 1...12 {
            residents.append(try await hub.addResident("Bewoner \(number)", reference: "G\(number)", street: "Straat", number: "\(number % 9)"))
        }
        var random = Seeded(state: 42)
        var expected: [String: Expected] = [:]
        var serial = 0
        for dayOffset in stride(from: 0, to: 730, by: 1) {
            let day = TestHub.instant("2025-01-01T08:00:00Z").addingTimeInterval(Double(dayOffset) * 86_400)
            for _ in 0..<random.next(4) {
                serial += 1
                let supplier = ["vegro", "apotheek", "maaltijden"][random.next(3)]
                let barcode = supplier == "vegro" ? String(format: "VG%08d", serial) : supplier == "apotheek" ? String(format: "APO-%06d", serial) : String(format: "TDJ%07d", serial)
                let resident = residents[random.next(residents.count)]
                let parcel = try hub.insertParcel(barcode, supplier: supplier, resident: resident, at: day)
                let month = String(hub.calendar.day(of: day).text.prefix(7))
                if random.next(5) == 0 {
                    try hub.insertAttempt(parcel, .notHome, at: day.addingTimeInterval(3_600))
                    expected[month, default: Expected()].notHome += 1
                }
                let outcome = [DeliveryOutcome.contact, .contact, .contact, .letterbox, .neighbour, .returned][random.next(6)]
                try hub.insertAttempt(parcel, outcome, at: day.addingTimeInterval(7_200))
                var figures = expected[month, default: Expected()]
                switch outcome {
                case .contact: figures.contact += 1
                case .letterbox: figures.letterbox += 1
                case .neighbour: figures.neighbour += 1
                default: figures.returned += 1
                }
                if outcome != .returned {
                    figures.delivered[supplier, default: 0] += 1
                    let stop = "\(resident.id ?? 0) \(hub.calendar.day(of: day).text)"
                    figures.stops.insert(stop)
                    figures.stopSuppliers[stop, default: []].insert(supplier)
                }
                expected[month] = figures
            }
        }
        return expected
    }

    @Test func everyMonthEqualsTheGeneratorsCountAndLongerPeriodsAreSums() async throws {
        let hub = try TestHub(start: "2027-01-15T09:00:00Z")
        let expected = try await generate(hub)
        var months: [String: PeriodReport] = [:]
        for (month, figures) in expected {
            let report = try await hub.monthReports.month(try #require(YearMonth(month)))
            months[month] = report
            let d = report.deliveries
            #expect(Dictionary(uniqueKeysWithValues: d.perSupplier.map { ($0.supplierId, $0.delivered) }).filter { $0.value > 0 } == figures.delivered, "\(month)")
            #expect(d.contact == figures.contact && d.letterbox == figures.letterbox && d.neighbour == figures.neighbour && d.returned == figures.returned, "\(month)")
            #expect(d.notHomeRetries == figures.notHome, "\(month)")
            #expect(d.stops == figures.stops.count, "\(month)")
            #expect(d.bundledStops == figures.stopSuppliers.values.filter { $0.count >= 2 }.count, "\(month)")
        }
        #expect(expected.count == 24)
        let year = try await hub.monthReports.report(try ReportPeriod.year("2025")).deliveries
        let months2025 = months.filter { $0.key.hasPrefix("2025") }.values.map(\.deliveries)
        #expect(year.contact == months2025.reduce(0) { $0 + $1.contact })
        #expect(year.delivered == months2025.reduce(0) { $0 + $1.delivered })
        #expect(year.notHomeRetries == months2025.reduce(0) { $0 + $1.notHomeRetries })
        #expect(year.stops == months2025.reduce(0) { $0 + $1.stops }, "a stop is one resident on one day, so it never spans months")
        let q3 = try await hub.monthReports.report(try ReportPeriod.quarter("2026-Q3")).deliveries
        #expect(q3.returned == ["2026-07", "2026-08", "2026-09"].reduce(0) { $0 + (months[$1]?.deliveries.returned ?? 0) })
    }
}
