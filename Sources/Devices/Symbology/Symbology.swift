/// The AIM symbology identifier a scanner may prefix (`]C1`, `]E0`, …), kept so GS1 data is
/// recognised as such and the hub knows what kind of label was read.
public struct Symbology: Sendable, Hashable, Codable {
    /// The three characters as sent, e.g. "]d2".
    public var identifier: String

    public init(identifier: String) {
        self.identifier = identifier
    }
}
