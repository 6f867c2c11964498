/// Lets only well-formed, bounded TOML through to TOMLKit.
///
/// Why a guard and not a new parser: TOMLKit 0.6.0 bundles toml++ 3.4.0, which checks its own
/// invariants with `TOML_ASSERT`/`TOML_ASSERT_ASSUME`. SwiftPM builds the C++ target without
/// `NDEBUG`, so a failed assertion aborts the process (SIGABRT), and with `NDEBUG` the same macros
/// become `__builtin_assume`, undefined behaviour. Malformed input reaches such assertions: `[[`
/// followed by a line break calls `parse_key()`, which asserts that the cursor stands on a key
/// character (toml.hpp, `parse_key`, "is_bare_key_character(*cp) || is_string_delimiter(*cp)").
/// The assertions guard the grammar, not the meaning: on well-formed input they hold, and
/// toml++'s checks of meaning (duplicate keys, redefined tables) end in ordinary parse errors.
/// So a strict syntax check in front of it removes every crash while TOMLKit keeps doing the
/// conversion it does well; `scripts/fuzz-config` keeps that claim honest.
///
/// The guard is stricter than toml++ in a few harmless ways (fractions of a second beyond nine
/// digits, keys past `TOMLLimits.maxKeyBytes`); it never lets through what the TOML 1.0 ABNF forbids.
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
