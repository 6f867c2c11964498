/// How the hub handles an article: the kind decides whether units are tracked by serial and
/// whether anything may come back onto the shelf.
public enum ArticleKind: String, Sendable, Codable, CaseIterable {
    /// Serial-numbered and lent out; comes back, is cleaned and goes on the shelf again.
    case loan
    /// Counted, not tracked per unit.
    case consumable
    /// Counted like a consumable, but issued once and never taken back into stock.
    case hygiene
}
