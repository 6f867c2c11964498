/// Why a serial frame was dropped; every case means the caller answers NAK (or nothing, if
/// the frame never got far enough to be the terminal's turn).
public enum ZVTFrameError: Error, Sendable, Equatable, Hashable {
    /// The CRC in the trailer does not match the received APDU plus ETX.
    case badCRC(expected: UInt16, received: UInt16)
    /// DLE followed by something other than DLE or ETX inside a frame.
    case unexpectedEscape(UInt8)
    /// T1: more than 200 ms of silence between two bytes of one frame.
    case interByteTimeout
    /// The frame grew past the framer's bound before its DLE ETX.
    case overflow
    /// The CRC matched but the APDU's length field disagrees with the frame's size.
    case lengthMismatch
}
