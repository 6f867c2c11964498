import Foundation
import Testing

/// The dashboard's listener as the LAN sees it, spoken to with curl: HTTPS with a configured
/// certificate and Secure cookies, and a request under another host name refused.
@Suite(.serialized) struct DashboardTLSTests {
    static let curl = URL(fileURLWithPath: "/usr/bin/curl")

    @Test func withACertificateTheDashboardSpeaksHTTPSAndItsCookiesAreSecure() async throws {
        let port = try FreePort.next()
        let directory = NSTemporaryDirectory() + "bh-tls-" + String(UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let made = await Command.run(URL(fileURLWithPath: "/usr/bin/openssl"), [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem",
        ])
        try #require(made.exit == 0, "openssl: \(made.stderr)")
        let daemon = try Daemon(extraConfig: """
            [dashboard]
            listen = "127.0.0.1:\(port)"
            tls_cert = "\(directory)/cert.pem"
            tls_key = "\(directory)/key.pem"

            """)
        try await daemon.start()
        let base = "https://127.0.0.1:\(port)"
        let asked = await Command.run(Self.curl, [
            "-s", "-k", "-D", "-", "-o", "/dev/null", "-X", "POST", "-H", "Origin: \(base)", base + "/pair",
        ])
        #expect(asked.stdout.hasPrefix("HTTP/1.1 303"), "\(asked.stdout) \(asked.stderr)")
        let cookie = asked.stdout.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: bh_browser=") } ?? ""
        #expect(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
        let plain = await Command.run(Self.curl, ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", "http://127.0.0.1:\(port)/pair"])
        #expect(plain.stdout != "200", "plain HTTP to the HTTPS port gets no page")
    }

    @Test func aRequestUnderAnotherHostNameIsRefused() async throws {
        let port = try FreePort.next()
        let daemon = try Daemon(extraConfig: "[dashboard]\nlisten = \"127.0.0.1:\(port)\"\n")
        try await daemon.start()
        let base = "http://127.0.0.1:\(port)"
        let rebound = await Command.run(Self.curl, ["-s", "-w", "\n%{http_code}", "-H", "Host: buurhub.evil.example", base + "/pair"])
        #expect(rebound.stdout.hasSuffix("\n403"), "\(rebound.stdout)")
        #expect(rebound.stdout.contains("[dashboard] listen"))
        let own = await Command.run(Self.curl, ["-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/pair"])
        #expect(own.stdout == "200")
        let flood = await Command.run(Self.curl, [
            "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "Origin: \(base)",
            "-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary", String(repeating: "a=b&", count: 5000), base + "/pair",
        ])
        #expect(flood.stdout == "413", "an oversized form: \(flood.stdout)")
    }
}
