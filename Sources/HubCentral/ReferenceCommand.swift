import ArgumentParser
import Central
import Foundation
import HubConfig
import Inventory

/// `hubcentral reference`: the suppliers, services and articles central owns and hubs pull.
struct Reference: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Central's reference data: suppliers with rates, the service catalogue, Vegro's articles.",
        subcommands: [Load.self, List.self]
    )

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a reference file; hubs pull what changed at their next contact.",
            discussion: """
                The file holds [[suppliers]] (as in hubd.toml), [[services]] (code, kind, name, destination, \
                price, max_price, payment, position, active) and [[articles]] (number, gtins, name, category, \
                kind, minimum, target, loan_weeks, max_loan_weeks). Every item is checked as a hub checks it; \
                an item equal to central's keeps its version. Items not in the file stay as they are: retire a \
                service with active = false.
                """
        )
        @OptionGroup var central: CentralOptions
        @Argument(help: "the reference file (TOML)") var file: String

        func run() async throws {
            let items: [ReferenceItem]
            do {
                items = try ReferenceLoader.load(path: file)
            } catch {
                throw ValidationError("\(error)\nnothing was loaded — mend the file and run this again")
            }
            let rows = try items.map { CentralReference.Item(kind: $0.kind.rawValue, key: $0.key, body: try $0.body()) }
            let loaded = try await central.withConnection { try await CentralReference.load(rows, on: $0.connection, logger: $0.logger) }
            print("\(items.count) items: \(loaded.changed) changed, \(loaded.unchanged) unchanged; reference version \(loaded.version)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every item with its version and when it last changed.")
        @OptionGroup var central: CentralOptions
        @Flag(help: "one JSON document") var json = false

        func run() async throws {
            let entries = try await central.withConnection { try await CentralReference.list(on: $0.connection, logger: $0.logger) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
                return
            }
            let formatter = ISO8601DateFormatter()
            for entry in entries {
                print([entry.kind, entry.key, "v\(entry.version)", formatter.string(from: entry.changedAt)].joined(separator: "\t"))
            }
            if entries.isEmpty { print("no reference data yet — load a file with: hubcentral reference load FILE") }
        }
    }
}
