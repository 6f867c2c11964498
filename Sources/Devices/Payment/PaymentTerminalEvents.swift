/// The callbacks an adapter calls during `authorize`, in this order: any number of
/// `progress`, one `journal` with the result, then any number of `receipt`.
public struct PaymentTerminalEvents: Sendable {
    /// A progress step from the terminal ("insert card", "enter PIN"); it also means the
    /// customer is still busy, so the caller's own timeout restarts.
    public var progress: @Sendable (TerminalProgress) async -> Void
    /// Must store the result durably before returning; the terminal is acknowledged only
    /// after it returns. Called at most once per distinct result (a duplicate is not passed).
    public var journal: @Sendable (TerminalResult) async throws -> Void
    /// Receipt lines, already cleared of anything that looks like a card number; stored
    /// before the terminal is acknowledged.
    public var receipt: @Sendable ([String]) async throws -> Void

    public init(
        progress: @escaping @Sendable (TerminalProgress) async -> Void = { _ in },
        journal: @escaping @Sendable (TerminalResult) async throws -> Void,
        receipt: @escaping @Sendable ([String]) async throws -> Void = { _ in }
    ) {
        self.progress = progress
        self.journal = journal
        self.receipt = receipt
    }
}
