import ArgumentParser
import Central
import Foundation
import Logging

/// `hubcentral`: central's schema, hubs and reports. The logic lives in the `Central` library.
@main
struct HubCentral: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubcentral",
        abstract: "Central PostgreSQL for buurhub hubs: schema, hubs, reference data, reports.",
        subcommands: [Migrate.self, Hub.self, Hubs.self, Reference.self, Report.self]
    )
}

/// Where central is; the password comes from a file or PGPASSWORD, never the command line.
struct CentralOptions: ParsableArguments {
    @Option(help: "postgresql://USER@HOST:PORT/DATABASE of central, as an administrator (or BUURHUB_CENTRAL_URL)")
    var url: String?

    @Option(help: "file holding the administrator's password (default: PGPASSWORD)")
    var passwordFile: String?

    @Option(help: "PEM file of the CA that signed central's certificate (default: the system's)")
    var caFile: String?

    func endpoint() throws -> CentralEndpoint {
        let environment = ProcessInfo.processInfo.environment
        guard let url = url ?? environment["BUURHUB_CENTRAL_URL"] else {
            throw ValidationError("give --url postgresql://USER@HOST:PORT/DATABASE or set BUURHUB_CENTRAL_URL")
        }
        let password: String
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw ValidationError("cannot read the password file \(passwordFile)")
            }
            password = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            password = environment["PGPASSWORD"] ?? ""
        }
        switch CentralEndpoint.parse(url: url, password: password, caFile: caFile) {
        case .success(let endpoint): return endpoint
        case .failure(let error): throw ValidationError(error.message)
        }
    }

    func withConnection<T>(_ body: (PostgresConnectionHandle) async throws -> T) async throws -> T {
        let logger = Logger(label: "hubcentral")
        let connection = try await endpoint().connect(logger: logger)
        do {
            let result = try await body(PostgresConnectionHandle(connection: connection, logger: logger))
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply central's schema migrations that are not yet applied.")
    @OptionGroup var central: CentralOptions

    func run() async throws {
        let applied = try await central.withConnection { try await CentralSchema.migrate($0.connection, logger: $0.logger) }
        print(applied.isEmpty ? "central schema is up to date (\(CentralSchema.migrations.count) migrations)" : "applied: \(applied.joined(separator: ", "))")
    }
}

struct Hub: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage hubs.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a hub's role and print its [central] stanza for hubd.toml.")
        @OptionGroup var central: CentralOptions
        @Argument(help: "the hub's name: lower-case letters, digits and dashes, e.g. colmschate") var name: String

        func run() async throws {
            let hub = try await central.withConnection { try await CentralAdmin(logger: $0.logger).addHub(name, on: $0.connection) }
            let endpoint = try central.endpoint()
            print(CentralStanza.text(for: hub, host: endpoint.host, port: endpoint.port, database: endpoint.database))
        }
    }
}

struct Hubs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List hubs with their backlog, last contact and the epochs seen.")
    @OptionGroup var central: CentralOptions
    @Flag(help: "one JSON document") var json = false

    func run() async throws {
        let hubs = try await central.withConnection { try await CentralAdmin(logger: $0.logger).hubs(on: $0.connection) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(hubs), as: UTF8.self))
        } else {
            print(CentralStanza.table(hubs, now: Date()))
        }
    }
}

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Deliveries per hub and in total for a period, from central's events.",
        discussion: "hubcentral report month 2026-11 | quarter 2026-Q4 | year 2026"
    )
    @OptionGroup var central: CentralOptions
    @Argument(help: "month, quarter or year") var kind: String
    @Argument(help: "2026-11, 2026-Q4 or 2026") var value: String
    @Flag(help: "one JSON document") var json = false

    func run() async throws {
        let period: CentralPeriod
        switch CentralPeriod.parse(kind, value) {
        case .success(let parsed): period = parsed
        case .failure(let error): throw ValidationError(error.message)
        }
        let report = try await central.withConnection {
            try await CentralReport.make(period: period.label, firstDay: period.firstDay, endDay: period.endDay, on: $0.connection, logger: $0.logger)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(CentralReportText.render(report, period: period))
        }
    }
}
