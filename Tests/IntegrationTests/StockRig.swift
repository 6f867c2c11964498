import Devices
import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// A real hubd with a serial stock scanner on a pty next to the usual devices, and the
/// articles the stock tests share.
final class StockRig: @unchecked Sendable {
    static let rollator = "08712345678906"
    static let pads = "8712345000011"
    static let gloves = "12345670"
    static let gs = "\u{1D}"

    let stockScanner: PseudoTerminal
    let hub: Daemon

    /// `extraConfig` is appended to the hub's config, e.g. a `[central]` stanza.
    init(extraConfig: String = "") throws {
        stockScanner = try PseudoTerminal()
        // No repeat window: scanning the same box twice is how staff count consumables.
        hub = try Daemon(extraConfig: """

        [[devices]]
        name = "stock-scanner"
        role = "stock"
        driver = "serial"
        path = "\(stockScanner.slavePath)"
        terminator = "CR"
        max_codes_per_second = 1000
        repeat_window_ms = 0
        """ + extraConfig)
    }

    deinit { stockScanner.close() }

    func start() async throws {
        try await hub.start()
        try await hub.ensureStaff()
    }

    /// The three articles: a loan rollator, pads (EAN-13, minimum 5, target 20), gloves (EAN-8, hygiene).
    func addArticles() async throws {
        try await run(["stock", "articles", "add", "V-100", "--name", "Rollator", "--gtin", Self.rollator, "--kind", "loan",
                       "--minimum", "3", "--target", "3"])
        try await run(["stock", "articles", "add", "V-200", "--name", "Pads", "--gtin", Self.pads, "--kind", "consumable",
                       "--minimum", "5", "--target", "20"])
        try await run(["stock", "articles", "add", "V-300", "--name", "Gloves", "--gtin", Self.gloves, "--kind", "hygiene",
                       "--minimum", "0", "--target", "0"])
    }

    @discardableResult
    func run(_ arguments: [String]) async throws -> CommandResult {
        let result = await hub.kiosk(arguments)
        try #require(result.exit == 0, "kiosk \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    /// Writes one code into the stock scanner's pty and waits until hubd has recorded or
    /// refused it, so the next command sees its effect.
    func scan(_ code: String) async throws {
        let before = outcomes()
        try stockScanner.write(Array(code.utf8) + [0x0D])
        try await waitUntil(seconds: 10, "hubd to take the stock scan \(code.debugDescription)") { self.outcomes() > before }
    }

    private func outcomes() -> Int {
        let log = hub.log()
        return log.components(separatedBy: "stock scan recorded").count + log.components(separatedBy: "stock scan refused").count - 2
    }

    /// A GS1 DataMatrix with GTIN and serial, as a 2D scanner sends it.
    static func unit(_ serial: String, gtin: String = rollator) -> String {
        "]d201" + gtin + "21" + serial
    }

    /// GS1-128 on a box of consumables: GTIN, batch and expiry.
    static func box(_ ean: String = pads, batch: String, expiry: String) -> String {
        "]C101" + "0" + ean + "10" + batch + gs + "17" + expiry
    }

    func desk() async throws -> StockDeskView {
        try await hub.json(StockDeskView.self, ["stock", "desk", "show"])
    }

    func levels() async throws -> [String: Int] {
        let views = try await hub.json([ArticleView].self, ["stock", "levels"])
        return Dictionary(uniqueKeysWithValues: views.map { ($0.article.number, $0.inStock) })
    }

    /// The last refusal hubd logged for the stock scanner.
    func lastRefusal() -> String {
        hub.log().split(separator: "\n").last { $0.contains("stock scan refused") }.map(String.init) ?? ""
    }

    /// Opens a receive batch, scans, sets quantities, and confirms without an order slip check.
    func receive(_ steps: [(code: String, quantity: Int?)]) async throws {
        try await run(["stock", "desk", "start", "receive"])
        for step in steps {
            try await scan(step.code)
            if let quantity = step.quantity { try await run(["stock", "desk", "quantity", String(quantity)]) }
        }
        try await run(["stock", "desk", "confirm", "--accept-differences"])
    }
}
