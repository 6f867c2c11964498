/// The authorization in progress on the serving thread.
struct ZVTSimulatorTransaction: Sendable {
    var script: ZVTSimulatorScript
    var amountCents: Int64
    var trace: Int
    /// Set once a 06 B0 was refused, which ends a `refuse` script's wait for it.
    var abortRefused = false

    /// Stale bytes follow the 04 0F and the closing message only when the script asks.
    var trailing: [UInt8] {
        script.staleTrailingBytes ? ZVTSimulatorScript.staleBytes : []
    }
}
