import Foundation
import Testing

/// A browser's part played with curl and a cookie jar: ask to pair, have the kiosk approve the
/// code, and log Anna in with her PIN. For tools that cannot click through the pairing.
struct DashboardLogin {
    static let curl = URL(fileURLWithPath: "/usr/bin/curl")

    let base: String
    let jar: String

    init(daemon: Daemon, base: String) async throws {
        self.base = base
        jar = daemon.directory + "/cookies.txt"
        _ = try await curl(["-X", "POST", "-H", "Origin: \(base)", base + "/pair"])
        let waiting = try await curl([base + "/pair"])
        let code = try #require(waiting.firstMatch(of: /id="code">([0-9]{6})</)?.1, "no code on the pairing page: \(waiting)")
        let approve = await daemon.kiosk(["dashboard", "approve", String(code)])
        try #require(approve.exit == 0, "approve: \(approve.stderr)")
        let login = try await curl([base + "/login"])
        let csrf = try #require(login.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.1)
        let staff = try #require(login.firstMatch(of: /<option value="([0-9]+)">/)?.1)
        _ = try await curl(["-X", "POST", "-H", "Origin: \(base)", "--data", "csrf=\(csrf)&staff=\(staff)&pin=4321", base + "/login"])
        try #require(cookieHeader.contains("bh_session="), "no login cookie in \(jar)")
    }

    /// The jar's cookies as one `Cookie:` header value.
    var cookieHeader: String {
        let lines = (try? String(contentsOfFile: jar, encoding: .utf8)) ?? ""
        return lines.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t")
            guard fields.count == 7 else { return nil }
            return "\(fields[5])=\(fields[6])"
        }.joined(separator: "; ")
    }

    @discardableResult
    func curl(_ arguments: [String]) async throws -> String {
        let result = await Command.run(Self.curl, ["-s", "-b", jar, "-c", jar] + arguments)
        try #require(result.exit == 0, "curl \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }
}
