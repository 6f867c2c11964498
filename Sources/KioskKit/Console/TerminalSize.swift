/// The terminal's size in character cells.
public struct TerminalSize: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Used when the size cannot be read: the classic VT100 screen.
    public static let fallback = TerminalSize(columns: 80, rows: 24)
}
