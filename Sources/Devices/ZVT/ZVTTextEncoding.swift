/// The character sets terminal texts arrive in.
///
/// Assumption: PA00P015 texts default to code page 437 (the terminal's printer charset);
/// some terminals are configured for ISO 8859-1, so the caller picks. Bytes below 0x20 are
/// kept as their control characters, not CP437's glyphs, because on receipts they are controls.
public enum ZVTTextEncoding: Sendable, Equatable {
    case cp437
    case latin1

    public func decode(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(scalar(for: byte))
        }
        return String(scalars)
    }

    private func scalar(for byte: UInt8) -> Unicode.Scalar {
        guard self == .cp437, byte >= 0x80 else { return Unicode.Scalar(byte) }
        return Self.cp437Upper[Int(byte) - 0x80]
    }

    /// CP437 0x80–0xFF in order; 0xFF is a no-break space.
    static let cp437Upper: [Unicode.Scalar] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}"
            .unicodeScalars
    )
}
