import Devices
import Foundation
import Inventory
import Logging
@testable import Workflows

/// A stock desk over a real on-disk database with three articles: a loan rollator, a
/// consumable sold with an EAN-13, and a small item with an EAN-8.
final class StockDeskFixture: @unchecked Sendable {
    static let rollatorGTIN = "08712345678906"
    static let padsEAN = "8712345000011"
    static let glovesEAN8 = "12345670"
    static let gs = "\u{1D}"

    let directory: String
    let database: HubDatabase
    let calendar: HubCalendar
    let stores: StockDeskStores
    let desk: StockDesk
    let feedback = RecordingFeedback()
    let events = EventBroadcaster()
    let claims = TapClaims()
    let key = HubKey(bytes: Data(repeating: 7, count: 32))
    let anna = StaffActor(id: nil, name: "Anna")

    init() throws {
        directory = NSTemporaryDirectory() + "bh-stock-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try HubDatabase(path: directory + "/hub.sqlite", logger: Logger(label: "test"))
        let fixed = ISO8601DateFormatter().date(from: "2026-11-23T09:00:00Z") ?? Date()
        calendar = HubCalendar(timeZone: TimeZone(identifier: "UTC") ?? .current, now: { fixed })
        stores = StockDeskStores(
            articles: ArticleStore(database: database, calendar: calendar), stock: StockStore(database: database, calendar: calendar),
            residents: ResidentStore(database: database, calendar: calendar), passes: PassStore(database: database, calendar: calendar),
            suppliers: SupplierDirectory([Supplier(id: "vegro", name: "Vegro", patterns: [try SupplierPattern("^VG[0-9]{8}$")])])
        )
        desk = StockDesk(stores: stores, claims: claims, calendar: calendar, feedback: feedback, events: events, logger: Logger(label: "test"))
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func populate() async throws {
        try await stores.articles.add(ArticleFields(number: "V-100", gtins: [Self.rollatorGTIN], name: "Rollator", category: "mobiliteit", kind: .loan), by: anna)
        try await stores.articles.add(
            ArticleFields(number: "V-200", gtins: [Self.padsEAN], name: "Pads", category: "incontinentie", kind: .consumable, minimumLevel: 5, targetLevel: 20),
            by: anna
        )
        try await stores.articles.add(ArticleFields(number: "V-300", gtins: [Self.glovesEAN8], name: "Gloves", category: "hygiëne", kind: .hygiene), by: anna)
        _ = try await stores.residents.add(
            ResidentFields(reference: "BZ-001", name: "Marie Jansen", street: "Brink", houseNumber: "1", postcode: "7411 BR", town: "Deventer"),
            by: anna
        )
    }

    /// A GS1 DataMatrix on a loan unit: GTIN, serial, and optionally batch and expiry.
    static func dataMatrix(_ gtin: String = rollatorGTIN, serial: String, batch: String? = nil, expiry: String? = nil) -> String {
        var text = "]d201" + gtin + "21" + serial
        if let batch { text += gs + "10" + batch }
        if let expiry { text += gs + "17" + expiry }
        return text
    }

    /// What the device layer makes of a scanner's line: a code, or its refusal.
    func input(_ raw: String) -> InputEvent {
        let payload: InputEvent.Payload = switch CodeInterpreter.interpret(raw) {
        case .success(let code): .code(code)
        case .failure(let rejection): .rejected(rejection)
        }
        return InputEvent(device: "stock-scanner", role: .stock, time: calendar.now(), payload: payload)
    }

    @discardableResult
    func scan(_ raw: String) async -> HubEvent {
        await desk.handle(input(raw))
    }

    func level(_ gtin: String) async throws -> Int {
        guard let id = try await stores.articles.article(gtin: gtin)?.id else { return -1 }
        return try await stores.stock.level(articleId: id)
    }
}
