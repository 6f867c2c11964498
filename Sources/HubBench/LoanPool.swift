import Inventory

/// The generator's own view of which loan units are on the shelf and which are out, so every
/// booking it makes is one the state machine accepts.
struct LoanPool {
    struct Unit {
        var gtin: String
        var serial: String
        var line: StockLine { StockLine(gtin: gtin, serial: serial) }
    }

    private var shelf: [Unit]
    private var out: [Unit] = []

    init(articles: [String], unitsPerArticle: Int = 30) {
        shelf = articles.enumerated().flatMap { index, gtin in
            (0..<unitsPerArticle).map { Unit(gtin: gtin, serial: "SN\(index)-\($0)") }
        }
    }

    func allOnShelf() -> [Unit] { shelf }

    mutating func lend(_ count: Int) -> [Unit] {
        let taken = Array(shelf.prefix(count))
        shelf.removeFirst(taken.count)
        out += taken
        return taken
    }

    /// Units come back in the order they went out, once enough are out to keep loans running.
    mutating func takeBack(_ count: Int) -> [Unit] {
        guard out.count > 60 else { return [] }
        let back = Array(out.prefix(count))
        out.removeFirst(back.count)
        return back
    }

    mutating func shelve(_ units: [Unit]) {
        shelf += units
    }
}
