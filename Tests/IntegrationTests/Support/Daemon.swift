import Devices
import Foundation
import Testing

/// A real `hubd` process with a temporary config whose intake scanner is a pty the test owns.
final class Daemon: @unchecked Sendable {
    let directory: String
    let scanner: PseudoTerminal
    /// An RDM6300 pass reader at the kiosk, and a serial reader printing UIDs in hex at the desk.
    let passReader: PseudoTerminal
    let deskReader: PseudoTerminal
    let sessionFile: String
    let configPath: String
    let socketPath: String
    private(set) var process: Process?
    private(set) var logPath: String
    private var runs = 0
    /// Set once a staff member exists and is logged in, so helpers log in only once.
    var staffReady = false
    var lastTap = Date.distantPast

    init(extraConfig: String = "") throws {
        OrphanedDaemons.reapOnce()
        directory = NSTemporaryDirectory() + "bh-" + String(UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        scanner = try PseudoTerminal()
        passReader = try PseudoTerminal()
        deskReader = try PseudoTerminal()
        sessionFile = directory + "/session"
        socketPath = directory + "/hubd.sock"
        configPath = directory + "/hubd.toml"
        logPath = directory + "/hubd-0.log"
        try Self.config(directory: directory, scanner: scanner.slavePath, passReaders: (passReader.slavePath, deskReader.slavePath), extra: extraConfig)
            .write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    static func config(directory: String, scanner: String, passReaders: (String, String), extra: String) -> String {
        // Cheap PIN hashing: the real cost (32 MiB scrypt) takes seconds on a loaded CI machine.
        let fastPINs = "pin_kdf_rounds = 1024\n"
        let kiosk = extra.contains("[kiosk]\n") ? "" : "[kiosk]\n" + fastPINs
        let extra = extra.replacingOccurrences(of: "[kiosk]\n", with: "[kiosk]\n" + fastPINs)
        return """
        [hub]
        name = "test hub"
        data_dir = "\(directory)/data"
        socket = "\(directory)/hubd.sock"
        language = "en"

        \(kiosk)
        [[devices]]
        name = "intake-scanner"
        role = "intake"
        driver = "serial"
        path = "\(scanner)"
        terminator = "CR"
        max_codes_per_second = 1000

        [[devices]]
        name = "pass-reader"
        role = "pass"
        driver = "rdm6300"
        path = "\(passReaders.0)"
        repeat_window_ms = 100

        [[devices]]
        name = "desk-reader"
        role = "pass"
        driver = "serial"
        path = "\(passReaders.1)"
        terminator = "CR"
        uid_format = "hex"
        repeat_window_ms = 100

        [[suppliers]]
        id = "vegro"
        name = "Vegro"
        patterns = ["^VG[0-9]{8}$"]

        [[suppliers]]
        id = "apotheek"
        name = "Apotheek"
        patterns = ["^APO-[0-9]{6}$"]
        medication = true

        [[suppliers]]
        id = "maaltijden"
        name = "Maaltijden"
        patterns = ["^TDJ[0-9]{7}$"]
        cold_chain = true
        \(extra)
        """
    }

    /// Starts hubd and waits until it answers `kiosk status`.
    /// `answerWithin` is longer for a soak whose day holds 10⁵ parcels and more.
    /// Waits for hubd to answer, up to `answerWithin` seconds: an upper bound, not a pause. It is
    /// generous because a first start in the device lab's VM under two CPU hogs took over 20 s.
    func start(arguments: [String] = [], environment: [String: String] = [:], warmUp: Bool = true, answerWithin: Double = 60) async throws {
        runs += 1
        logPath = directory + "/hubd-\(runs).log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let process = Process()
        process.executableURL = Binaries.hubd
        process.arguments = ["--config", configPath] + arguments
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = FileHandle.nullDevice
        var environment = environment
        if environment["JOURNAL_STREAM"] == Self.stderrStream {
            var status = stat()
            stat(logPath, &status)
            environment["JOURNAL_STREAM"] = "\(status.st_dev):\(status.st_ino)"
        }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        try process.run()
        OrphanedDaemons.track(process.processIdentifier)
        self.process = process
        try await waitUntil(seconds: answerWithin, "hubd to answer") { await self.kiosk(["status", "--json"]).exit == 0 }
        if warmUp { try await warmUpPassReaders() }
    }

    /// Put as `JOURNAL_STREAM` in `start`'s environment: replaced by the log file's device and
    /// inode, so hubd takes its stderr for systemd's journal stream.
    static let stderrStream = "<this hubd's stderr>"

    func scan(_ code: String) throws {
        try scanner.write(Array(code.utf8) + [0x0D])
    }

    func writeRaw(_ bytes: [UInt8]) throws {
        try scanner.write(bytes)
    }

    /// The global options go last here; `KioskOptionOrderTests` checks that they work first too.
    func kiosk(_ arguments: [String], stdin: String? = nil) async -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["BUURHUB_SESSION"] = sessionFile
        return await Command.run(Binaries.kiosk, arguments + ["--socket", socketPath, "--lang", "en"], environment: environment, stdin: stdin)
    }

    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Waits for hubd to end on its own (a crash test's fail point kills it).
    func waitForExit(seconds: Double = 30) async throws {
        guard let process else { return }
        try await waitUntil(seconds: seconds, "hubd to exit") { !process.isRunning }
    }

    /// Sends `signal` and returns at once; `waitForExit` bounds the wait that follows.
    func send(_ signal: Int32) {
        guard let process else { return }
        kill(process.processIdentifier, signal)
    }

    func signal(_ signal: Int32) async {
        guard let process else { return }
        kill(process.processIdentifier, signal)
        await process.exited()
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        if let process {
            OrphanedDaemons.untrack(process.processIdentifier)
        }
        scanner.close()
        passReader.close()
        deskReader.close()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

func waitUntil(seconds: Double, _ what: String = "condition", _ condition: () async throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    throw TimeoutError(what: what, seconds: seconds)
}

struct TimeoutError: Error, CustomStringConvertible {
    var what: String
    var seconds: Double
    var description: String { "timed out after \(Int(seconds)) s waiting for \(what)" }
}
