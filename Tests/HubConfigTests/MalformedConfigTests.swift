import Foundation
import Testing
import TOMLGuard
@testable import HubConfig

/// Input that once crashed or stalled `hubd check-config`: toml++ asserts on malformed keys and a
/// 1 MB key took 21 s. Each must now end in a located `ConfigError`, quickly.
@Suite struct MalformedConfigTests {
    /// The only issue for `text`, which must be an error with a line.
    private func refusal(_ text: String) throws -> ConfigIssue {
        let found = issues(in: text)
        #expect(found.count == 1)
        let issue = try #require(found.first)
        #expect(issue.line != nil)
        return issue
    }

    @Test func openArrayHeaderAndLineBreakIsASyntaxErrorOnLineOne() throws {
        let issue = try refusal("[[\n")
        #expect(issue.code == .syntax)
        #expect(issue.line == 1)
        #expect(issue.description.hasPrefix("hubd.toml:1: TOML syntax error at column 3: expected a table name"))
    }

    /// Each of these aborted an unguarded toml++ at a different `TOML_ASSERT_ASSUME` in toml.hpp:
    /// `parse_key` (15481), `parse_value` (14994) and `parse_time` (14790).
    @Test(arguments: [("[[\n", 3), ("a = [}]\n", 6), ("a = 1979-05-27T:\n", 16)])
    func inputsThatAbortedTomlPlusPlusAreLocatedSyntaxErrors(text: String, column: Int) throws {
        let issue = try refusal(text)
        #expect(issue.code == .syntax)
        #expect(issue.line == 1)
        #expect(issue.message.hasPrefix("TOML syntax error at column \(column):"))
    }

    @Test(arguments: ["[[", "[a.", "[", "[a", "[[a]", "[ [a]]", "[]", "a.", "a.=1", "=1", "[[a.]]\n"])
    func brokenHeadersAndKeysAreSyntaxErrors(text: String) throws {
        let issue = try refusal(text)
        #expect(issue.code == .syntax)
        #expect(issue.line == 1)
    }

    @Test(arguments: [
        ("[hub]\nname = \"Colmschate\n", 2),
        ("[hub]\nname = 'Colmschate\n", 2),
        ("[hub]\n\nname = \"\"\"Colmschate\nstill open\n", 3),
        ("[hub]\nname = '''Colmschate", 2),
        ("[hub]\nname = \"trailing backslash \\", 2),
    ])
    func unterminatedStringsNameTheLineTheyOpen(text: String, line: Int) throws {
        let issue = try refusal(text)
        #expect(issue.code == .syntax)
        #expect(issue.line == line)
    }

    @Test func aMegabyteKeyIsRefusedAtOnce() throws {
        let text = String(repeating: "k", count: 1 << 20) + " = 1\n"
        let issue = try refusal(text)
        #expect(issue.code == .tooLarge)
        #expect(issue.line == 1)
        #expect(issue.message.contains("64 KiB"))
    }

    @Test func aKeyPastTheKeyLimitIsRefusedWithItsLine() throws {
        let key = String(repeating: "k", count: TOMLLimits.standard.maxKeyBytes + 1)
        let issue = try refusal("[hub]\n\(key) = 1\n")
        #expect(issue.code == .tooLarge)
        #expect(issue.line == 2)
        #expect(issue.description.hasPrefix("hubd.toml:2: refused at column 1: a key is longer than 128 bytes"))
    }

    @Test func aNulByteIsRefusedWithItsLineAndColumn() throws {
        let issue = try refusal("[hub]\nname = \"a\u{0}b\"\n")
        #expect(issue.code == .syntax)
        #expect(issue.line == 2)
        #expect(issue.description.hasPrefix("hubd.toml:2: TOML syntax error at column 10: a NUL byte (U+0000)"))
    }

    @Test(arguments: ["\u{1B}", "\u{7F}", "\r", "\u{8}"])
    func otherControlCharactersAreRefused(character: String) throws {
        let issue = try refusal("# ok\n[hub]\nname = \"x\(character)\"\n")
        #expect(issue.code == .syntax)
        #expect(issue.line == 3)
    }

    @Test func deepNestingAndLongLinesAreRefused() throws {
        let deep = try refusal("a = " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000))
        #expect(deep.code == .tooLarge)
        #expect(deep.line == 1)
        let long = try refusal("# fine\n# " + String(repeating: "x", count: TOMLLimits.standard.maxLineBytes) + "\n")
        #expect(long.code == .tooLarge)
        #expect(long.line == 2)
    }

    @Test func oneByteOverSixtyFourKibibytesIsRefusedAndExactlySixtyFourIsRead() throws {
        let line = "# " + String(repeating: "x", count: 1021) + "\n"
        let exact = String(repeating: line, count: 64)
        #expect(exact.utf8.count == 65536)
        #expect(!issues(in: exact).contains { $0.code == .tooLarge || $0.code == .syntax })
        let issue = try refusal(exact + "#")
        #expect(issue.code == .tooLarge)
        #expect(issue.line == 65)
        #expect(issue.description == "hubd.toml:65: config files are limited to 64 KiB (65536 bytes) and this one is larger; refused without parsing")
    }

    @Test func aHugeFileOnDiskIsRefusedWithoutReadingItAll() throws {
        let path = NSTemporaryDirectory() + "bh-huge-" + UUID().uuidString + ".toml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: UInt8(ascii: "k"), count: 8 << 20).write(to: URL(fileURLWithPath: path))
        #expect {
            try ConfigLoader.loadWithWarnings(path: path)
        } throws: { error in
            (error as? ConfigError)?.issues.map(\.code) == [.tooLarge]
        }
    }

    /// A file with no end at all: reading it whole would never return, so being refused is
    /// the proof that the loader stops after the limit.
    @Test func anEndlessFileIsRefusedAfterTheLimit() throws {
        #expect {
            try ConfigLoader.loadWithWarnings(path: "/dev/zero")
        } throws: { error in
            (error as? ConfigError)?.issues.map(\.code) == [.tooLarge]
        }
    }

    @Test func bytesThatAreNotUTF8NameTheirLine() throws {
        let path = NSTemporaryDirectory() + "bh-latin1-" + UUID().uuidString + ".toml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Array("[hub]\nname = \"caf".utf8) + [0xE9] + Array("\"\n".utf8)).write(to: URL(fileURLWithPath: path))
        #expect {
            try ConfigLoader.loadWithWarnings(path: path)
        } throws: { error in
            let issue = (error as? ConfigError)?.issues.first
            return issue?.code == .unreadable && issue?.line == 2 && issue?.message.hasPrefix("encoding error at column 12: bytes that are not UTF-8") == true
        }
    }
}
