import Foundation
import Synchronization
import Testing

/// The real PostgreSQL 15 the sync tests talk to. `scripts/test` starts one with
/// `scripts/central-pg` and exports where it is; run alone, the first test starts its own the
/// same way and stops it when the test process ends. Each test gets a database of its own, so
/// tests share the server but not its rows; roles are per server, so hub names carry a
/// random suffix.
final class CentralServer: Sendable {
    let directory: String
    let port: Int
    let caFile: String
    let adminPasswordFile: String

    /// The one server of this test process, started on first use.
    static func shared() async throws -> CentralServer {
        try await Starter.shared.server()
    }

    private actor Starter {
        static let shared = Starter()
        private var started: CentralServer?

        func server() async throws -> CentralServer {
            if let started { return started }
            let server = try await CentralServer.startOrAttach()
            started = server
            return server
        }
    }

    struct CentralServerError: Error, CustomStringConvertible {
        var description: String
    }

    private init(directory: String, port: Int) {
        self.directory = directory
        self.port = port
        caFile = directory + "/tls/ca.pem"
        adminPasswordFile = directory + "/admin-password"
    }

    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized.path
    }

    private static func startOrAttach() async throws -> CentralServer {
        let environment = ProcessInfo.processInfo.environment
        if let directory = environment["CENTRAL_DIR"], let port = environment["PGPORT"].flatMap(Int.init) {
            return CentralServer(directory: directory, port: port)
        }
        let directory = NSTemporaryDirectory() + "bh-central-" + String(UUID().uuidString.prefix(8))
        let result = await run(repository + "/scripts/central-pg", ["start", directory])
        guard result.status == 0, let line = result.output.split(separator: "\n").first(where: { $0.hasPrefix("PGPORT=") }),
              let port = Int(line.dropFirst("PGPORT=".count))
        else {
            throw CentralServerError(description: "scripts/central-pg start failed (\(result.status)): \(result.output.suffix(400)) — is Debian's postgresql installed? scripts/test installs it")
        }
        atexit { CentralServer.stopStarted() }
        startedHere.withLock { $0 = directory }
        return CentralServer(directory: directory, port: port)
    }

    private static let startedHere = Mutex<String?>(nil)

    /// At exit, outside Swift concurrency: a plain fork and wait is all that is left.
    private static func stopStarted() {
        guard let directory = startedHere.withLock({ $0 }) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repository + "/scripts/central-pg")
        process.arguments = ["stop", directory, "immediate"]
        try? process.run()
        process.waitUntilExit()
    }

    /// Stops the server the way a crash does (`-m immediate`) or politely, and starts it again.
    func stop(immediately: Bool = true) async -> Bool {
        await Self.run(Self.repository + "/scripts/central-pg", ["stop", directory, immediately ? "immediate" : "fast"]).status == 0
    }

    func start() async -> Bool {
        await Self.run(Self.repository + "/scripts/central-pg", ["start", directory]).status == 0
    }

    /// `psql` as the cluster's owner over its unix socket, on `database`.
    @discardableResult
    func psql(_ sql: String, database: String = "postgres") async -> (status: Int32, output: String) {
        let owner = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
        let command = owner + ["psql", "-h", directory, "-p", String(port), "-U", "central_admin", "-d", database, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql]
        return await Self.run(command[0], Array(command.dropFirst()))
    }

    /// A fresh database with central's schema, and its admin URL.
    func freshDatabase() async throws -> CentralDatabase {
        let name = "t_" + UUID().uuidString.prefix(8).lowercased()
        let created = await psql("CREATE DATABASE \(name)")
        guard created.status == 0 else { throw CentralServerError(description: "CREATE DATABASE failed: \(created.output)") }
        return CentralDatabase(server: self, name: name)
    }

    /// Through `CleanSpawn`: `Process` hands its child a socket that a started server would
    /// inherit and keep open, and the wait would never end.
    static func run(_ executable: String, _ arguments: [String]) async -> (status: Int32, output: String) {
        let path = executable.hasPrefix("/") ? executable : "/usr/bin/env"
        let arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        let result = await CleanSpawn.run(path, arguments, environment: ProcessInfo.processInfo.environment)
        return (result.exit, result.stdout + result.stderr)
    }
}

/// One test's database on the shared server.
struct CentralDatabase: Sendable {
    let server: CentralServer
    let name: String

    var adminURL: String { "postgresql://central_admin@127.0.0.1:\(server.port)/\(name)" }

    /// `hubcentral` with the admin's URL, password file and CA.
    func hubcentral(_ arguments: [String]) async -> CommandResult {
        await Command.run(
            Binaries.directory.appendingPathComponent("hubcentral"),
            arguments + ["--url", adminURL, "--password-file", server.adminPasswordFile, "--ca-file", server.caFile]
        )
    }

    func query(_ sql: String) async -> String {
        await server.psql(sql, database: name).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `hub add` and returns the stanza for hubd.toml, with the password written to a file
    /// in `directory`.
    func addHub(_ id: String, directory: String) async throws -> String {
        let added = await hubcentral(["hub", "add", id])
        guard added.exit == 0, let password = added.stdout.split(separator: "\n").lazy
            .compactMap({ line in line.range(of: "<<< '").map { String(line[$0.upperBound...].dropLast()) } }).first
        else {
            throw CentralServer.CentralServerError(description: "hubcentral hub add failed: \(added.stderr) \(added.stdout)")
        }
        let passwordFile = directory + "/central-password-\(id)"
        try password.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        return added.stdout
            .replacingOccurrences(of: "/etc/buurhub/central-password", with: passwordFile)
            .replacingOccurrences(of: "/etc/buurhub/central-ca.pem", with: server.caFile)
            + "\npoll_seconds = 0.2\n"
    }
}
