import Foundation
import Logging

// The daemon's log lines go to stderr, so `--json` leaves stdout to the one JSON document.
LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    BenchRun.complain("\(error)")
    exit(64)
}
if options.help {
    print(BenchOptions.usage)
    exit(0)
}
exit(await BenchRun(options: options).execute())
