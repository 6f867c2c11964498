extension Symbology {
    /// The AIM identifiers whose data is a GS1 element string: GS1-128, GS1 DataBar, GS1
    /// DataMatrix, GS1 QR Code and GS1 DotCode.
    static let gs1Identifiers: Set<String> = ["]C1", "]e0", "]d2", "]Q3", "]J1"]

    /// Whether the scanner says the data is a GS1 element string (FNC1 in first position).
    public var isGS1: Bool { Self.gs1Identifiers.contains(identifier) }

    /// EAN/UPC family (`]E…`): the data carries a GS1 check digit that must be right.
    public var isEANUPC: Bool { identifier.hasPrefix("]E") }

    /// A readable name for the log and `kiosk status`, for the identifiers the hub meets.
    public var name: String? {
        switch identifier {
        case "]C0": "Code 128"
        case "]C1": "GS1-128"
        case "]E0": "EAN-13/UPC-A"
        case "]E4": "EAN-8"
        case "]e0": "GS1 DataBar"
        case "]d1": "Data Matrix"
        case "]d2": "GS1 DataMatrix"
        case "]Q1": "QR Code"
        case "]Q3": "GS1 QR Code"
        case "]A0": "Code 39"
        case "]I0", "]I1": "Interleaved 2 of 5"
        case "]J1": "GS1 DotCode"
        default: nil
        }
    }

    /// Splits an AIM identifier (`]`, a letter for the symbology, one modifier character) off
    /// the front of a scan. Anything else is data: a code may legitimately start with `]`.
    static func split(_ raw: String) -> (symbology: Symbology?, data: Substring) {
        let scalars = raw.unicodeScalars
        guard scalars.count >= 3 else { return (nil, Substring(raw)) }
        let chars = Array(scalars.prefix(3))
        guard chars[0] == "]", isASCIILetter(chars[1]), isASCIIAlphanumeric(chars[2]) else {
            return (nil, Substring(raw))
        }
        let identifier = String(String.UnicodeScalarView(chars))
        let data = Substring(raw.unicodeScalars.dropFirst(3))
        return (Symbology(identifier: identifier), data)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || ("0"..."9").contains(scalar)
    }
}
