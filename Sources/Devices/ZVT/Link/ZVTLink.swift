/// One connection to a ZVT peer, carrying whole APDUs. The serial link adds DLE framing, CRC
/// and the ACK/NAK handshake; the TCP link sends bare APDUs. Everything above (the ECR
/// session) is the same for both.
public protocol ZVTLink: Sendable {
    /// Sends one APDU. On serial it returns once the peer acknowledged the frame (T2, at most
    /// two repeats); a frame never acknowledged throws `.noAcknowledgement`.
    func send(_ apdu: ZVTAPDU) async throws(ZVTLinkError)
    /// The next APDU from the peer, in arrival order; throws `.timeout` when none came within
    /// `timeout`, `.closed` once the link is down.
    func receive(timeout: Duration) async throws(ZVTLinkError) -> ZVTAPDU
    /// Ends the link; waiting calls throw `.closed`. Safe to call twice.
    func close() async
}
