/// A barcode as decoded by the device layer: the raw text, and what it means when it is GS1.
public struct ScannedCode: Sendable, Hashable, Codable {
    /// Exactly what the scanner sent, symbology prefix included.
    public var raw: String
    /// The code without its symbology prefix: what the workflows match and store.
    public var text: String
    public var symbology: Symbology?
    /// Present when the code is a GS1 element string.
    public var gs1: [GS1Element]?

    public init(raw: String, text: String? = nil, symbology: Symbology? = nil, gs1: [GS1Element]? = nil) {
        self.raw = raw
        self.text = text ?? raw
        self.symbology = symbology
        self.gs1 = gs1
    }
}
