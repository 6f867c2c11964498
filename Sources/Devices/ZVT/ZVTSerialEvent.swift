/// What the serial framer recognised in the byte stream.
public enum ZVTSerialEvent: Sendable, Equatable, Hashable {
    /// A frame with a good CRC: the caller must answer ACK (06).
    case frame(ZVTAPDU)
    /// A frame that was started and then broken: the caller answers NAK (15).
    case badFrame(ZVTFrameError)
    /// A bare 06 outside a frame: the terminal accepted our last frame.
    case ack
    /// A bare 15 outside a frame: the terminal wants our last frame again.
    case nak
}
