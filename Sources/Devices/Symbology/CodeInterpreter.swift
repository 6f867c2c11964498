/// Turns a decoded text into a `ScannedCode`: symbology prefix and GS1 fields recognised, and
/// a code whose symbology promises a check digit (EAN/UPC, GS1) refused when it is wrong, so a
/// misread never becomes a parcel.
///
/// GS1 data is parsed when the symbology identifier says so (`]C1`, `]e0`, `]d2`, `]Q3`,
/// `]J1`), and without an identifier only when the text cannot be anything else: it contains
/// GS, it is in the bracketed `(01)…` form, or it starts with AI 00, 01 or 02 — and then only
/// when it parses completely with valid check digits. A code without an identifier is never
/// refused: it may be any code.
public enum CodeInterpreter {
    public static func interpret(_ raw: String) -> Result<ScannedCode, InputRejection> {
        let (symbology, data) = Symbology.split(raw)
        let text = String(data)
        guard let symbology else {
            return interpretBare(raw)
        }
        if text.isEmpty {
            return .failure(InputRejection(.empty, "scan held only the symbology identifier \(symbology.identifier) — scan the code again"))
        }
        if symbology.isGS1 {
            let parsed = GS1Parser.isHumanReadable(text) ? GS1Parser.parseHumanReadable(text) : GS1Parser.parse(text)
            return parsed.map { ScannedCode(raw: raw, text: text, symbology: symbology, gs1: $0) }
        }
        if symbology.isEANUPC, let rejection = eanProblem(text, symbology: symbology) {
            return .failure(rejection)
        }
        return .success(ScannedCode(raw: raw, text: text, symbology: symbology))
    }

    /// Without an identifier nothing is refused: GS1 fields are attached only when the text is
    /// recognisably GS1 and parses completely, otherwise it stays a plain code (2D symbols
    /// correct their own read errors, so a failure there is a label encoded oddly, which staff
    /// must still be able to book).
    private static func interpretBare(_ raw: String) -> Result<ScannedCode, InputRejection> {
        let parsed: Result<[GS1Element], InputRejection>?
        if raw.utf8.contains(GS1Parser.groupSeparator) || ["00", "01", "02"].contains(raw.prefix(2)) {
            parsed = GS1Parser.parse(raw)
        } else if GS1Parser.isHumanReadable(raw) {
            parsed = GS1Parser.parseHumanReadable(raw)
        } else {
            parsed = nil
        }
        guard case .success(let elements) = parsed else {
            return .success(ScannedCode(raw: raw))
        }
        return .success(ScannedCode(raw: raw, gs1: elements))
    }

    /// `]E0` carries EAN-13, UPC-A (12) or UPC-E (8), `]E4` EAN-8; add-on variants (`]E1`–`]E3`)
    /// are left alone because the add-on has no check digit of its own.
    private static func eanProblem(_ text: String, symbology: Symbology) -> InputRejection? {
        let valid: Bool
        switch (symbology.identifier, text.utf8.count) {
        case ("]E0", 12), ("]E0", 13), ("]E4", 8):
            valid = CheckDigit.isValid(text)
        case ("]E0", 8):
            valid = CheckDigit.isValidUPCE(text)
        case ("]E0", _), ("]E4", _):
            return InputRejection(
                .checksum,
                "\(symbology.name ?? symbology.identifier) code \"\(text)\" has \(text.utf8.count) characters, not a valid EAN/UPC length — scan again, or type the code in"
            )
        default:
            return nil
        }
        guard !valid else { return nil }
        return InputRejection(
            .checksum,
            "\(symbology.name ?? symbology.identifier) code \(text) has a wrong check digit (misread or damaged label) — scan again, or type the code in"
        )
    }
}
