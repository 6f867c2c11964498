import Devices
import Foundation
import Inventory
import Logging
import Testing
@testable import Workflows

/// The stock desk run from the console's staff mode: start a batch with a key, watch the
/// scans arrive on screen, set a count with the keypad, undo, confirm.
@Suite struct ConsoleStockDeskTests {
    func session(_ f: StockDeskFixture) async throws -> KioskSession {
        let rules = KioskRules()
        let staff = StaffStore(database: f.database, calendar: f.calendar, hasher: PINHasher(rounds: 1024), rules: rules)
        _ = try await staff.add(name: "Anna", pin: "2468", pass: f.key.digest(ofPass: [9, 9, 9, 9]), by: nil)
        let stores = KioskStores(
            passes: f.stores.passes, staff: staff, residents: f.stores.residents,
            services: ServiceCatalog(database: f.database, calendar: f.calendar, rules: rules),
            uses: ServiceUseStore(database: f.database, calendar: f.calendar, rules: rules),
            credit: CreditStore(database: f.database, calendar: f.calendar),
            parcels: ParcelStore(database: f.database, calendar: f.calendar, suppliers: SupplierDirectory([]), coldChainHours: 4),
            intakeOperator: StaffSessionStore(database: f.database)
        )
        return KioskSession(stores: stores, rules: rules, calendar: f.calendar, events: f.events, logger: Logger(label: "test"), stock: f.desk)
    }

    func staffMenu(_ kiosk: KioskSession, _ f: StockDeskFixture) async throws -> ConsoleScreen {
        _ = await kiosk.tap(f.key.digest(ofPass: [9, 9, 9, 9]), device: "pass-reader")
        let pin = await kiosk.current()
        return try await kiosk.enter("2468", session: pin.session)
    }

    func texts(_ screen: ConsoleScreen) -> [String] { screen.lines.map(\.en) }

    @Test func aReceiveBatchIsScannedCountedUndoneAndBookedAtTheConsole() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        let kiosk = try await session(f)
        let menu = try await staffMenu(kiosk, f)
        #expect(menu.options.contains { $0.key == "4" && $0.label.en == "Stock desk (aids)" })
        var screen = try await kiosk.press("4", session: menu.session)
        #expect(screen.headline.en == "Stock desk")
        screen = try await kiosk.press("1", session: screen.session)
        #expect(screen.headline.en == "receiving")

        await kiosk.stockScanned(await f.scan(StockDeskFixture.padsEAN))
        await kiosk.stockScanned(await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001")))
        screen = await kiosk.current()
        #expect(texts(screen).contains("1. Pads × 1"))
        #expect(texts(screen).contains("2. Rollator R-0001 × 1"))

        screen = try await kiosk.press("2", session: screen.session)
        #expect(!texts(screen).contains("2. Rollator R-0001 × 1"), "undo took back the last scan")
        screen = try await kiosk.press("3", session: screen.session)
        #expect(screen.entry == .number)
        screen = try await kiosk.enter("12", session: screen.session)
        #expect(texts(screen).contains("1. Pads × 12"))

        await kiosk.stockScanned(await f.scan("VG12345678"))
        screen = await kiosk.current()
        #expect(screen.tone == .attention)
        #expect(texts(screen).contains { $0.contains("parcel") }, "\(texts(screen))")

        screen = try await kiosk.press("1", session: screen.session)
        #expect(texts(screen).contains("Booked: 1 movements"))
        #expect(screen.headline.en == "Stock desk", "back to the modes: no batch is open")
        #expect(try await f.level(StockDeskFixture.padsEAN) == 12)
    }

    @Test func issuingAtTheConsoleAsksForTheResidentFirst() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        let kiosk = try await session(f)
        var screen = try await kiosk.press("4", session: try await staffMenu(kiosk, f).session)
        screen = try await kiosk.press("2", session: screen.session)
        #expect(screen.entry == .number)
        screen = try await kiosk.enter("NOPE", session: screen.session)
        #expect(screen.tone == .attention)
        screen = try await kiosk.enter("BZ-001", session: screen.session)
        #expect(screen.headline.en == "issuing")
        #expect(texts(screen).first == "For Marie J. (BZ-001)")
        screen = try await kiosk.press("4", session: screen.session)
        #expect(screen.headline.en == "Stock desk", "cancel closed the batch")
        #expect(await f.desk.current == nil)
    }
}
