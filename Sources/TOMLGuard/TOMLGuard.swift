/// Lets only well-formed, bounded TOML through to TOMLKit.
///
/// Why a guard in front of TOMLKit rather than a new parser: TOMLKit 0.6.0 bundles toml++ 3.4.0,
/// which states what its grammar dispatch assumes with `TOML_ASSERT_ASSUME`. SwiftPM builds that
/// C++ without `NDEBUG`, so a false assumption aborts the process (SIGABRT); with `NDEBUG` the
/// macro becomes `__builtin_assume`, which is undefined behaviour instead. Malformed input makes
/// them false. Two minutes of fuzzing toml++ without this guard hit four sites in toml.hpp:
/// `parse_key` (line 15481, `[[` then a line break), `parse_value` (14994, `a = [}]`), its value
/// scan (15080, a control character) and `parse_time` (14790, `a = 1979-05-27T:`). Every one is
/// about which token comes next; none is about meaning, and toml++'s checks of meaning (duplicate
/// keys, redefined tables) end in ordinary parse errors. So a strict syntax check in front removes
/// the crashes while TOMLKit keeps doing the conversion it already does; replacing the library
/// would have meant a new parser and new bugs. `scripts/fuzz-config` keeps that claim honest.
///
/// The guard is stricter than toml++ in a few harmless ways (fractions of a second beyond nine
/// digits, the limits in `TOMLLimits`); it never lets through what the TOML 1.0 ABNF forbids.
public enum TOMLGuard {
    /// Byte order mark some Windows editors write; TOML allows it at the very start.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Throws the first problem, located; returns when toml++ may safely parse `bytes`.
    public static func check(_ bytes: [UInt8], limits: TOMLLimits = .standard) throws(TOMLGuardError) {
        try checkSize(bytes, limits: limits)
        try TOMLByteScreen.check(bytes, limits: limits)
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var checker = TOMLSyntaxChecker(bytes: bytes, start: start, limits: limits)
        try checker.checkDocument()
    }

    /// Refuses before any other work, naming the line where the text passes the limit.
    public static func checkSize(_ bytes: [UInt8], limits: TOMLLimits = .standard) throws(TOMLGuardError) {
        guard bytes.count > limits.maxBytes else { return }
        let line = 1 + bytes[..<limits.maxBytes].reduce(0) { $1 == ASCII.lineFeed ? $0 + 1 : $0 }
        throw TOMLGuardError(
            .fileTooLarge, line: line, column: 1,
            message: "config files are limited to \(limits.maxBytes / 1024) KiB (\(limits.maxBytes) bytes) and this one is larger; refused without parsing"
        )
    }
}
