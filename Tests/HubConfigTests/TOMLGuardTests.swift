import Foundation
import Testing
import TOMLGuard
@testable import HubConfig

/// The guard must refuse what would break toml++ without refusing TOML people really write, and
/// any text within the size limit is read to its end. (How long that takes is not asserted
/// here: tests assert behaviour, and the fuzz run, `scripts/fuzz-config`, feeds it such texts.)
@Suite struct TOMLGuardTests {
    @Test(arguments: [
        "a = \"\"\"\n\"quoted\" \"\"\n\"\"\"",
        "a = \"\"\"a\"\"\"\"",
        "a = '''a'''''",
        "a = ''''''",
        "a = \"\"\"line \\\n   joined\"\"\"",
        "a = \"\\u00E9 \\U0001F600 \\t \\\\ \\\"\"",
        "\"\" = 1",
        "'x y'.\"z\" . w = 1",
        "a = 1979-05-27 07:32:00.123456789Z",
        "a = 1979-05-27t07:32:00-08:30",
        "a = 2000-02-29",
        "a = 23:59:59",
        "a = [ 1, 2, ]",
        "a = [\n  1, # one\n  [\"two\"],\n]",
        "a = { }",
        "a = { b = { c = [1] }, d = 'e' }",
        "\u{FEFF}a = 1",
        "a = 1\r\nb = 2\r\n",
        "a = [-0.0e-0, +inf, -nan, 6.02E+2_3, 1_000]",
        "a = [0x7FFF_FFFF_FFFF_FFFF, 0o755, 0b1]",
        "a = true # comment\n# ünïcödé comment\n",
        "a.b = 1\na.c = 2\n[x]\n[x.y]\n[[z]]\n[[z]]\n",
    ])
    func wellFormedTOMLPassesTheGuardAndReachesTOMLKit(text: String) throws {
        try TOMLGuard.check(Array(text.utf8))
        #expect(!issues(in: text).contains { $0.code == .syntax || $0.code == .tooLarge })
    }

    @Test(arguments: [
        ("a = 01", 1, 5),
        ("a = 1__0", 1, 6),
        ("a = 5.", 1, 7),
        ("a = .5", 1, 5),
        ("a = 1 b", 1, 7),
        ("a = \"\\x41\"", 1, 6),
        ("a = \"\\uD800\"", 1, 6),
        ("a = 1979-02-29", 1, 5),
        ("a = 12:30", 1, 10),
        ("a = \"\"\"x\"\"\"\"\"\"", 1, 9),
        ("a = { b = 1, }", 1, 14),
        ("a = { b = 1,\n c = 2 }", 1, 13),
        ("\n\nb = [1,\n2", 4, 2),
        ("[a]]", 1, 4),
        ("a = tru", 1, 5),
    ])
    func malformedTOMLIsRefusedAtItsPlace(text: String, line: Int, column: Int) {
        #expect {
            try TOMLGuard.check(Array(text.utf8))
        } throws: { error in
            let refusal = error as? TOMLGuardError
            return refusal?.code == .syntax && refusal?.line == line && refusal?.column == column
        }
    }

    @Test func seedCorpusConfigsAreValidAndTheCrashSeedIsRefused() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fuzz/config-corpus").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        #expect(names.count >= 4)
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let syntax = issues(in: text, file: name).filter { $0.code == .syntax }
            #expect(syntax.isEmpty == !name.hasPrefix("crash-"), "\(name): \(syntax)")
        }
    }

    /// Shapes that stress the locator, the validation and toml++ with as much as 64 KiB allows.
    @Test(arguments: [
        "[[devices]]\nname = \"d#\"\ndriver = \"serial\"\n",
        "[[suppliers]]\nid = \"s#\"\nname = \"S\"\npatterns = [\"^A[0-9]+$\"]\n",
        "unknown_key_number_# = 1\n",
        "[table#]\n",
        "a#.b.c.d.e.f.g.h = 1\n",
        String(repeating: "k", count: 120) + "# = 1\n",
        "[[devices]]\nname = \"d#\"\ndriverr = \"serial\"\npth = \"/dev/null\"\n",
    ])
    func anyTextWithinTheLimitIsCheckedToTheEnd(block: String) {
        var text = ""
        var number = 0
        while text.utf8.count + block.utf8.count + 8 <= TOMLLimits.standard.maxBytes {
            text += block.replacingOccurrences(of: "#", with: String(number))
            number += 1
        }
        let found = issues(in: text)
        #expect(!found.contains { $0.code == .tooLarge || $0.code == .syntax }, "\(found.prefix(3))")
        #expect(number > 400, "the block fills the limit \(number) times")
    }
}
