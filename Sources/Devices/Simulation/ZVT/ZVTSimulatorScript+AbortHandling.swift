extension ZVTSimulatorScript {
    /// What the terminal does with the ECR's 06 B0 during this transaction.
    ///
    /// Both `accept` and `refuse` wait (up to `ZVTSimulatorOptions.abortWindow`) for the 06 B0
    /// so a test does not race the status steps. With `none` a 06 B0 is refused with 84 83 and
    /// the transaction carries on, as a terminal that has already contacted its host does.
    public enum AbortHandling: Sendable, Equatable, Hashable {
        case none
        /// Repeats 04 FF "insert card" until the 06 B0, answers 80 00 00, then 06 1E 6C.
        case accept
        /// Repeats 04 FF "waiting for host" until the 06 B0, answers 84 83, then carries on.
        case refuse
    }
}
