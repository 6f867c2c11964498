import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

extension Daemon {
    /// Runs `kiosk ARGS --json`, requires exit 0, and decodes the document.
    func json<T: Decodable>(_ type: T.Type, _ arguments: [String]) async throws -> T {
        let result = await kiosk(arguments + ["--json"])
        try #require(result.exit == 0, "kiosk \(arguments.joined(separator: " ")): \(result.stderr)")
        return try HubJSON.decoder().decode(T.self, from: Data(result.stdout.utf8))
    }

    func screen() async throws -> ConsoleScreen {
        try await json(ConsoleScreen.self, ["simulate", "screen"])
    }

    func press(_ key: String) async throws -> ConsoleScreen {
        try await json(ConsoleScreen.self, ["simulate", "key", key])
    }

    /// Taps on the kiosk reader and waits until the console shows something that is not `previous`.
    @discardableResult
    func tapAndWait(_ uid: String, desk: Bool = false) async throws -> ConsoleScreen {
        let before = try await screen()
        if desk { try await tapAtDesk(uid) } else { try await tap(uid) }
        var latest = before
        try await waitUntil(seconds: 10, "the console to react to a tap") {
            latest = try await self.screen()
            return latest != before && latest.kind != .idle
        }
        return latest
    }

    func addResident(_ reference: String, name: String) async throws {
        let result = await kiosk([
            "residents", "add", "--reference", reference, "--name", name, "--street", "Brink", "--number", "1",
            "--postcode", "7411 BR", "--town", "Deventer",
        ])
        try #require(result.exit == 0, "residents add: \(result.stderr)")
    }

    func addService(_ code: String, kind: String, name: String, price: String, payment: String) async throws {
        let result = await kiosk(["services", "add", code, "--kind", kind, "--name", name, "--price", price, "--payment", payment])
        try #require(result.exit == 0, "services add: \(result.stderr)")
    }

    /// Taps the resident's pass, picks the service by its Dutch label and confirms; returns the
    /// screen after picking and the one after confirming.
    func useService(_ label: String, uid: String) async throws -> (confirm: ConsoleScreen, done: ConsoleScreen) {
        let choice = try await tapAndWait(uid)
        let key = try #require(choice.options.first { $0.label.nl == label }?.key, "\(label) in \(choice.options)")
        let confirm = try await press(key)
        let done = try await press("1")
        return (confirm, done)
    }

    func enrol(_ reference: String, uid: String) async throws {
        let result = try await kioskWithTap(["passes", "enroll", reference], uid: uid)
        try #require(result.exit == 0, "passes enroll: \(result.stderr)")
    }
}

extension ConsoleScreen {
    func text(_ language: Language = .en) -> String {
        ([headline(language)] + lines.map { $0(language) } + options.map { "\($0.key) \($0.label(language))" + ($0.detail.map { " " + $0(language) } ?? "") })
            .joined(separator: "\n")
    }
}

extension Daemon {
    /// `kiosk` run as another user through `setpriv`, in hubd's group so it can reach the socket;
    /// what it may do is up to `[access]`. `session` is the token its session file holds.
    func kiosk(_ arguments: [String], as uid: UInt32, session: String? = nil, stdin: String? = nil) async -> CommandResult {
        let sessionPath = "/tmp/bh-session-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: sessionPath) }
        if let session {
            FileManager.default.createFile(atPath: sessionPath, contents: Data(session.utf8), attributes: [.posixPermissions: 0o600])
            chown(sessionPath, uid, getgid())
        }
        var environment = ProcessInfo.processInfo.environment
        environment["BUURHUB_SESSION"] = sessionPath
        let command = ["--reuid=\(uid)", "--regid=\(getgid())", "--clear-groups", "--", Binaries.kiosk.path]
            + arguments + ["--socket", socketPath, "--lang", "en"]
        return await Command.run(URL(fileURLWithPath: "/usr/bin/setpriv"), command, environment: environment, stdin: stdin)
    }

    /// `kiosk status --json` as hubd's own user, as a dictionary.
    func statusJSON() async throws -> [String: Any] {
        let result = await kiosk(["status", "--json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }
}
