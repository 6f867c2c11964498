/// What text from outside may hold: the API's request fields and the rows of imported files
/// answer to the same table, so a name typed at the kiosk and a name in a supplier's file are
/// held to one rule.
///
/// Control characters are refused rather than stripped: a NUL cut names short further down,
/// an escape sequence in a name reached the console screen, and a line break in a one-line
/// field breaks CSV exports and terminal tables. Refusing tells the sender what to fix.
/// Scanned codes that come off a device have their own guard in `Devices`; the API's code
/// fields keep GS (0x1D), the separator inside GS1 codes.
public enum TextRules {
    /// How a field may be laid out.
    public enum Shape: Sendable, Equatable {
        /// One line of text: no control characters at all.
        case line
        /// Remarks and notes: one line or several, separated by `\n` only.
        case lines
        /// A code as a scanner reads it: one line, and GS between GS1 elements.
        case code
        /// A whole uploaded file: only its size is checked here, since the importer checks each
        /// row and names the bad ones by line while the good ones still load.
        case file
    }

    public struct Field: Sendable, Equatable {
        public let maxLength: Int
        public let shape: Shape

        public init(_ maxLength: Int, _ shape: Shape = .line) {
            self.maxLength = maxLength
            self.shape = shape
        }
    }

    /// Any field not in the table.
    public static let defaultField = Field(200)

    /// Keyed by the JSON (snake_case) name, which is also the column name in imported files.
    /// The README's "Text limits" table mirrors this one.
    public static let fields: [String: Field] = [
        "name": Field(100), "agreed_by": Field(100), "resident": Field(100),
        "street": Field(100), "house_number": Field(20), "postcode": Field(16), "town": Field(100), "phone": Field(32),
        "reference": Field(64), "number": Field(64), "serial": Field(64), "gtins": Field(64),
        "category": Field(100), "supplier": Field(100), "destination": Field(100),
        "barcode": Field(Barcode.maxLength, .code), "code": Field(Barcode.maxLength, .code),
        "remarks": Field(1000, .lines), "note": Field(1000, .lines),
        "reason": Field(500), "override_reason": Field(500), "text": Field(280),
        "amount": Field(32), "price": Field(32), "max_price": Field(32), "pin": Field(32), "key": Field(32), "value": Field(64),
        "file_name": Field(255), "content": Field(maxFileLength, .file),
    ]

    /// As large as the API's body limit, so a file that arrived whole is never cut by this check.
    public static let maxFileLength = 8 * 1024 * 1024

    public static func field(_ name: String) -> Field {
        fields[name] ?? defaultField
    }

    /// Throws the first thing wrong with `value` as field `name`, in the words the sender needs.
    public static func check(_ value: String, field name: String) throws(TextFieldError) {
        let field = field(name)
        if value.utf8.count > field.maxLength, value.count > field.maxLength {
            throw TextFieldError.tooLong(field: name, length: value.count, maximum: field.maxLength)
        }
        guard field.shape != .file else { return }
        for (offset, scalar) in value.unicodeScalars.enumerated() where !allowed(scalar, in: field.shape) {
            throw TextFieldError.refused(scalar, field: name, position: offset + 1, shape: field.shape)
        }
    }

    /// Printable text plus what the shape permits; C0, DEL and C1 are control characters.
    static func allowed(_ scalar: Unicode.Scalar, in shape: Shape) -> Bool {
        guard isControl(scalar) else { return true }
        switch shape {
        case .line: return false
        case .lines: return scalar == "\n"
        case .code: return scalar.value == 0x1D
        case .file: return true
        }
    }

    /// C0 (including NUL and ESC), DEL, and C1 (including the one-byte CSI 0x9B and OSC 0x9D).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
