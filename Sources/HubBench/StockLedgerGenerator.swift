import Foundation
import Inventory
import Logging

/// Builds a hub database with about ten years of Vegro stock history through the real stores
/// (state machine, loans, level cache), so `kiosk stock reorder` and `kiosk report month` can be
/// timed against the ledger a hub has after a decade. The clock is simulated; each day books a
/// van delivery, hand-outs of consumables, loans going out, coming back and being cleaned.
struct StockLedgerGenerator {
    let directory: String
    let days: Int
    let clock: BenchClock
    let calendar: HubCalendar
    let staff = StaffActor(id: nil, name: "bench")

    /// Every history ends on the same day (2026-11-21), whatever its length, so a one-year hub
    /// and a ten-year hub share their last year and a report on it can be compared.
    static let lastDay = Date(timeIntervalSince1970: 1_479_888_000 + 3650 * 86_400)

    let start: Date

    init(directory: String, days: Int) {
        self.directory = directory
        self.days = days
        start = Self.lastDay.addingTimeInterval(-Double(days) * 86_400)
        clock = BenchClock(start: start)
        let clock = clock
        calendar = HubCalendar(timeZone: TimeZone(identifier: "Europe/Amsterdam") ?? .current, now: { clock.now })
    }

    /// Returns the number of movements booked.
    func run(logger: Logger) async throws -> Int {
        let database = try HubDatabase(path: directory + "/hub.sqlite", logger: logger)
        let articles = try await addCatalogue(database)
        let residents = try await addResidents(database, count: 200)
        let stock = StockStore(database: database, calendar: calendar)
        var state = LoanPool(articles: articles.loans)
        var movements = try await receiveFirstUnits(stock, pool: &state)
        for day in 0..<days {
            clock.set(day: day)
            movements += try await bookDay(day, stock: stock, articles: articles, residents: residents, pool: &state)
        }
        _ = try ParcelHistoryGenerator.write(database, days: days, calendar: calendar, start: start)
        return movements
    }

    private func bookDay(_ day: Int, stock: StockStore, articles: Catalogue, residents: [Int64], pool: inout LoanPool) async throws -> Int {
        let resident = residents[day % residents.count]
        let delivery = articles.consumables.map { StockLine(gtin: $0, quantity: 3 + day % 4) }
        let handOut = articles.consumables.prefix(8).map { StockLine(gtin: $0, quantity: 1 + day % 3) }
        _ = try await stock.book(StockBatch(mode: .receive, lines: delivery), by: staff, device: "bench")
        _ = try await stock.book(StockBatch(mode: .issue(residentId: resident, parcelId: nil), lines: Array(handOut)), by: staff, device: "bench")
        var booked = delivery.count + handOut.count
        let lent = pool.lend(3)
        if !lent.isEmpty {
            _ = try await stock.book(StockBatch(mode: .issue(residentId: resident, parcelId: nil), lines: lent.map(\.line)), by: staff, device: "bench")
        }
        let back = pool.takeBack(3)
        if !back.isEmpty {
            _ = try await stock.book(StockBatch(mode: .return, lines: back.map(\.line)), by: staff, device: "bench")
            for unit in back { _ = try await stock.startCleaning(serial: unit.serial, by: staff) }
            _ = try await stock.book(StockBatch(mode: .cleaned(inspector: "bench"), lines: back.map(\.line)), by: staff, device: "bench")
            pool.shelve(back)
        }
        booked += lent.count + 2 * back.count
        return booked
    }

    private func receiveFirstUnits(_ stock: StockStore, pool: inout LoanPool) async throws -> Int {
        let units = pool.allOnShelf()
        _ = try await stock.book(StockBatch(mode: .receive, lines: units.map(\.line)), by: staff, device: "bench")
        return units.count
    }

    private func addCatalogue(_ database: HubDatabase) async throws -> Catalogue {
        let store = ArticleStore(database: database, calendar: calendar)
        var catalogue = Catalogue()
        for index in 0..<20 {
            let gtin = Self.gtin(index)
            let loan = index < 8
            _ = try await store.add(ArticleFields(
                number: "VG-\(1000 + index)", gtins: [gtin], name: loan ? "Hulpmiddel \(index)" : "Verbruik \(index)",
                category: loan ? "mobiliteit" : "verzorging", kind: loan ? .loan : .consumable,
                minimumLevel: loan ? 4 : 200, targetLevel: loan ? 8 : 400
            ), by: staff)
            if loan { catalogue.loans.append(gtin) } else { catalogue.consumables.append(gtin) }
        }
        return catalogue
    }

    private func addResidents(_ database: HubDatabase, count: Int) async throws -> [Int64] {
        let store = ResidentStore(database: database, calendar: calendar)
        var ids: [Int64] = []
        for index in 0..<count {
            let resident = try await store.add(ResidentFields(
                reference: "BZ-\(1000 + index)", name: "Bewoner \(index)", street: "Brink", houseNumber: "\(index + 1)",
                postcode: "7411 BR", town: "Deventer"
            ), by: staff)
            ids.append(resident.id ?? 0)
        }
        return ids
    }

    /// GTIN-14 with a valid GS1 check digit: 0 871234 56 then the index.
    static func gtin(_ index: Int) -> String {
        let body = "0871234560" + String(format: "%03d", index)
        let digits = body.compactMap { $0.wholeNumberValue }
        return body + String(GTIN.checkDigit(digits))
    }

    struct Catalogue {
        var loans: [String] = []
        var consumables: [String] = []
    }
}
