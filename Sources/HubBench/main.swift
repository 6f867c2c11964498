import Foundation
import Logging

// The daemon's log lines go to stderr, so `--json` leaves stdout to the one JSON document.
LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }

let options: BenchOptions
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    options = try BenchOptions.parse(["decode", "credentials", "payments", "stock-ledger", "peer", "central"].contains(arguments.first ?? "") ? [] : arguments)
} catch {
    BenchRun.complain("\(error)")
    exit(64)
}
if CommandLine.arguments.dropFirst().first == "decode" {
    let count = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 200_000
    do {
        print(DecodeThroughput.report(try DecodeThroughput.run(codes: count)))
        exit(0)
    } catch {
        BenchRun.complain("\(error)")
        exit(1)
    }
}
if CommandLine.arguments.dropFirst().first == "credentials" {
    let count = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 20
    do {
        print(try CredentialCost.report(pins: max(1, count)))
        exit(0)
    } catch {
        BenchRun.complain("\(error)")
        exit(1)
    }
}
if CommandLine.arguments.dropFirst().first == "payments" {
    let count = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 200
    do {
        print(try await PaymentCost.report(payments: max(1, count), directory: "."))
        exit(0)
    } catch {
        BenchRun.complain("\(error)")
        exit(1)
    }
}
if CommandLine.arguments.dropFirst().first == "peer" {
    do {
        exit(try await SwiftPeer.run(Array(CommandLine.arguments.dropFirst(2))))
    } catch {
        BenchRun.complain("\(error)")
        exit(1)
    }
}
if CommandLine.arguments.dropFirst().first == "central" {
    do {
        exit(try await CentralConvergence.main(Array(CommandLine.arguments.dropFirst(2))))
    } catch {
        BenchRun.complain("\(error)")
        exit(1)
    }
}
if CommandLine.arguments.dropFirst().first == "stock-ledger" {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    guard let directory = arguments.first else {
        BenchRun.complain("usage: hub-bench stock-ledger DIR [DAYS] — DIR must not hold a hub yet")
        exit(64)
    }
    do {
        print(try await StockLedgerBench.run(directory: directory, days: arguments.dropFirst().first.flatMap { Int($0) } ?? 3650))
        exit(0)
    } catch {
        BenchRun.complain("\(error)")
        exit(1)
    }
}
if options.help {
    print(BenchOptions.usage)
    exit(0)
}
exit(await BenchRun(options: options).execute())
