/// What `hub-bench` was asked to do. Parsed by hand: the bench links only the hub's own
/// modules, so the figures are not coloured by anything the daemon does not load.
struct BenchOptions: Sendable, Equatable {
    static let usage = """
        usage: hub-bench [--count N] [--warmup N] [--dir DIR] [--record-bytes N] [--no-baseline] [--keep] [--json]

          --count N         scans to time (default 1000, at least 1)
          --warmup N        scans sent first and not timed (default 20)
          --dir DIR         where the throwaway database and baseline file go (default: the
                            current directory); a fresh subdirectory is made and removed afterwards
          --record-bytes N  bytes per write in the write+fdatasync baseline (default: what one
                            scan's commit appends to the WAL, measured before the timed scans)
          --no-baseline     skip the write+fdatasync baseline (for counting syscalls per scan)
          --keep            keep the subdirectory with the database afterwards
          --json            print one JSON document on stdout instead of the table
        """

    var count = 1000
    var warmup = 20
    var directory = "."
    /// nil: measure what one commit appends and use that.
    var recordBytes: Int?
    var baseline = true
    var keep = false
    var json = false
    var help = false

    static func parse(_ arguments: [String]) throws(BenchUsageError) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--count": options.count = try number(for: argument, from: &rest, minimum: 1)
            case "--warmup": options.warmup = try number(for: argument, from: &rest, minimum: 0)
            case "--record-bytes": options.recordBytes = try number(for: argument, from: &rest, minimum: 1)
            case "--dir": options.directory = try value(for: argument, from: &rest)
            case "--no-baseline": options.baseline = false
            case "--keep": options.keep = true
            case "--json": options.json = true
            case "-h", "--help": options.help = true
            default: throw BenchUsageError("unknown argument '\(argument)' — see `hub-bench --help`")
            }
        }
        return options
    }

    private static func value(for option: String, from rest: inout ArraySlice<String>) throws(BenchUsageError) -> String {
        guard let value = rest.popFirst(), !value.hasPrefix("--") else {
            throw BenchUsageError("\(option) needs a value — see `hub-bench --help`")
        }
        return value
    }

    private static func number(for option: String, from rest: inout ArraySlice<String>, minimum: Int) throws(BenchUsageError) -> Int {
        let text = try value(for: option, from: &rest)
        guard let number = Int(text), number >= minimum else {
            throw BenchUsageError("\(option) wants a whole number of at least \(minimum), not '\(text)'")
        }
        return number
    }
}
