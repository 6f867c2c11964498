/// What the TCP stream decoder found: an APDU, or a count of bytes it had to throw away.
enum ZVTTCPStreamEvent: Sendable, Equatable {
    case apdu(ZVTAPDU)
    /// Bytes that could not start or finish an APDU (a banner, stale trailing bytes, an APDU
    /// too long to frame, or one left unfinished); counted so the log shows it, never shown.
    case skipped(Int)
}
