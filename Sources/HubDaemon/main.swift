import ArgumentParser
import Foundation
import HubApp
import HubConfig
import Logging

/// `hubd`: the hub daemon. Thin: everything it does lives in HubApp and HubConfig.
@main
struct Hubd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubd",
        abstract: "buurhub daemon: devices, parcels, stock and check-ins for one neighbourhood hub.",
        version: HubVersion.current,
        subcommands: [Run.self, CheckConfig.self, Restore.self, BackupKey.self],
        defaultSubcommand: Run.self
    )
}

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the hub (default).")

    @Option(help: "Config file (default: /etc/hubd/hubd.toml if present, else the embedded default under ./var).")
    var config: String?

    @Flag(help: "Also create virtual devices (ptys), so a demo runs the real drivers.")
    var simulate = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        HubLogging.bootstrap(level: logLevel)
        let logger = Logger(label: "hubd")
        let loaded: ConfigLoadResult
        do {
            loaded = try ConfigLoader.loadResolved(explicitPath: config)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(78)
        }
        for warning in loaded.warnings {
            logger.warning("\(warning)")
        }
        do {
            try await HubLauncher.run(configuration: loaded.configuration, simulate: simulate, logger: logger)
        } catch let error as StartupError {
            logger.critical("hubd did not start: \(error)")
            throw ExitCode(error.code == .socketInUse ? 75 : 71)
        } catch {
            logger.critical("hubd stopped on an error: \(error)")
            throw ExitCode(71)
        }
    }
}

struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check-config", abstract: "Validate a config file; exit 0, or 78 with every problem listed.")

    @Argument(help: "The config file.")
    var file: String

    func run() throws {
        do {
            let loaded = try ConfigLoader.loadWithWarnings(path: file)
            for warning in loaded.warnings { print("warning: \(warning)") }
            print("\(file): ok — \(loaded.configuration.devices.count) devices, \(loaded.configuration.suppliers.count) suppliers")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(78)
        }
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup back into the stopped hub's data directory (README: \"Restore after the SD card died\")."
    )

    @Argument(help: "The backup file (hub-YYYYMMDD-HHMMSSZ.sqlite).")
    var file: String

    @Option(help: "Config file (default: /etc/hubd/hubd.toml if present, else the embedded default under ./var).")
    var config: String?

    @Option(help: "The hub key you kept, when the data directory has none or another hub's.")
    var key: String?

    @Option(help: "The private key from `hubd backup-key`, for an encrypted backup (….sqlite.hpke).")
    var identity: String?

    func run() throws {
        do {
            let loaded = try ConfigLoader.loadResolved(explicitPath: config)
            print(try HubRestore.run(backup: file, configuration: loaded.configuration, key: key, identity: identity))
        } catch {
            FileHandle.standardError.write(Data("hubd restore: \(error)\n".utf8))
            throw ExitCode(65)
        }
    }
}

struct BackupKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup-key",
        abstract: "Make a key pair for encrypted backups: the private key goes to FILE, the line for [backup] is printed."
    )

    @Argument(help: "Where to write the private key (made 0600; an existing file is never overwritten). Keep it off the hub and off the stick.")
    var file: String

    func run() throws {
        do {
            print(try HubRestore.backupKey(privateKeyFile: file))
        } catch {
            FileHandle.standardError.write(Data("hubd backup-key: \(error)\n".utf8))
            throw ExitCode(65)
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
