import Foundation

/// Checks for barcodes that arrive as text (manifests, the API), where no device framer has run.
public enum Barcode {
    public static let maxLength = 256

    /// Printable ASCII plus GS, the separator in GS1 codes; anything else cannot come off a label.
    public static func validated(_ raw: String) throws(InventoryError) -> String {
        let text = trimmed(raw)
        guard !text.isEmpty else {
            throw InventoryError(.invalidInput, nl: "lege barcode — scan het label opnieuw", en: "empty barcode — scan the label again")
        }
        guard text.utf8.count <= maxLength else {
            throw InventoryError(
                .invalidInput,
                nl: "barcode langer dan \(maxLength) tekens — dit is geen pakketlabel",
                en: "barcode longer than \(maxLength) characters — this is not a parcel label"
            )
        }
        guard text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) || $0.value == 0x1D }) else {
            throw InventoryError(
                .invalidInput,
                nl: "barcode bevat stuurtekens of vreemde tekens — scan opnieuw of typ de code over",
                en: "barcode contains control or non-ASCII characters — scan again or type the code"
            )
        }
        return text
    }

    /// Leading and trailing spaces and tabs cut off, as `trimmingCharacters(in: .whitespaces)`
    /// did for every label a scanner can print, without bridging each scan through NSString.
    private static func trimmed(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }
}
