import Foundation
import Testing

/// schemathesis (from PyPI; `scripts/test` installs it) generates requests from the dashboard's
/// OpenAPI document and sends them to the running hubd as a logged-in browser: none may get a
/// server error, and every answer must be one the document describes.
@Suite(.serialized) struct DashboardSchemaTests {
    static var schemathesis: String {
        if let path = ProcessInfo.processInfo.environment["BUURHUB_SCHEMATHESIS"] { return path }
        return Binaries.directory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schemathesis-venv/bin/schemathesis").path
    }

    @Test func generatedRequestsGetNoServerError() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.schemathesis), "no schemathesis at \(Self.schemathesis) — scripts/test installs it")
        let port = try FreePort.next()
        let daemon = try Daemon(extraConfig: "[dashboard]\nlisten = \"127.0.0.1:\(port)\"\n")
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-1", name: "Jansen")
        let base = "http://127.0.0.1:\(port)"
        let browser = try await DashboardLogin(daemon: daemon, base: base)
        let schema = daemon.directory + "/openapi.json"
        try await browser.curl(["-o", schema, base + "/api/openapi.json"])
        let run = await Command.run(URL(fileURLWithPath: Self.schemathesis), [
            "run", schema, "--url", base, "-H", "Cookie: \(browser.cookieHeader)",
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance",
            "--max-examples", "60", "--generation-deterministic", "--no-color",
        ], environment: ProcessInfo.processInfo.environment.merging(["SCHEMATHESIS_HOOKS": ""]) { _, new in new })
        #expect(run.exit == 0, "schemathesis:\n\(run.stdout.suffix(4000))\n\(run.stderr.suffix(2000))")
        #expect(!run.stdout.contains("Server error"))
        let cases = run.stdout.firstMatch(of: /([0-9]+) generated, ([0-9]+) passed/)
        #expect(cases.map { Int($0.1) ?? 0 } ?? 0 > 100, "schemathesis sent too few requests to mean anything")
        #expect(cases.map { $0.1 == $0.2 } == true, "\(run.stdout.suffix(1500))")
        #expect(daemon.log().contains("dashboard request failed") == false, "no request failed inside hubd")
    }
}
