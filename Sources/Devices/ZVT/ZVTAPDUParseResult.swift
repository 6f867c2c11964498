/// What reading one APDU from the front of a byte buffer found.
public enum ZVTAPDUParseResult: Sendable, Equatable {
    /// A whole APDU and how many bytes it took, so the caller can keep what follows.
    case complete(ZVTAPDU, consumed: Int)
    /// The buffer ends inside the header or the data; wait for more bytes.
    case needMore
}
