import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The headless-browser driver itself. A missing Chromium fails here rather than skipping: the
/// test script installs it, so its absence is a broken setup. Serialized because each test starts
/// a browser of its own, and eight at once on two cores would only race their timeouts.
@Suite(.serialized) struct ChromiumDriverTests {
    @Test func evaluateReturnsValuesAndThrowsWhatTheScriptThrew() async throws {
        let browser = try Chromium()
        defer { browser.close() }
        let page = try await browser.newPage()
        try await page.navigate(dataURL("<h1>Kassa 2</h1>"))
        #expect(try await page.evaluate("document.querySelector('h1').textContent") == "Kassa 2")
        #expect(try await page.evaluate("6 * 7") == "42")
        #expect(try await page.evaluate("({ b: [true, null], a: 'x' })") == #"{"a":"x","b":[true,null]}"#)
        #expect(try await page.evaluate("new Promise(done => setTimeout(() => done('later'), 50))") == "later")
        #expect(try await page.evaluate("undefined") == nil)
        #expect(try await page.evaluate("[innerWidth, innerHeight, screen.width, screen.height]") == "[1024,1366,1024,1366]")
        #expect(try await page.url.hasPrefix("data:text/html"))
        let thrown = await #expect(throws: ChromiumError.self) { try await page.evaluate("throw new Error('till closed')") }
        #expect(thrown?.description.contains("Error: till closed") == true)
    }

    @Test func screenshotIsAPNGOfTheTabletViewport() async throws {
        let browser = try Chromium()
        defer { browser.close() }
        let page = try await browser.newPage()
        try await page.navigate(dataURL("<body style='background:#0a7'><h1>Scan a pass</h1></body>"))
        let directory = NSTemporaryDirectory() + "bh-shot-" + String(UUID().uuidString.prefix(8))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await page.screenshot(to: directory + "/nested/page.png")
        let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/nested/page.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 24 && bigEndian(png[16..<20]) == 1024 && bigEndian(png[20..<24]) == 1366)
    }

    @Test func submittingAFormFollowsItAndKeepsTheSessionCookie() async throws {
        let server = try SignInServer()
        defer { server.stop() }
        let browser = try Chromium()
        defer { browser.close() }
        let page = try await browser.newPage()
        try await page.navigate(server.base + "/")
        try await page.setValue("#name", "Anna")
        try await page.submit(formSelector: "#sign-in")
        #expect(try await page.url == server.base + "/welcome?name=Anna")
        #expect(try await page.text().contains("Welcome Anna"))
        let session = ChromiumCookie(name: "session", value: "Anna", httpOnly: true, secure: false, sameSite: "Strict")
        #expect(try await page.cookies() == [session])
        #expect(try await page.evaluate("document.cookie") == "", "HttpOnly keeps the session from scripts")
    }

    @Test func pagesFromTwoNewPageCallsHaveSeparateCookieJars() async throws {
        let server = try SignInServer()
        defer { server.stop() }
        let browser = try Chromium()
        defer { browser.close() }
        let first = try await browser.newPage(), second = try await browser.newPage()
        try await first.navigate(server.base + "/")
        try await first.setValue("#name", "Anna")
        try await first.submit(formSelector: "#sign-in")
        try await second.navigate(server.base + "/")
        #expect(try await second.cookies().isEmpty)
        #expect(try await second.text().contains("cookie: none"))
        try await first.navigate(server.base + "/")
        #expect(try await first.text().contains("cookie: session=Anna"))
    }

    @Test func aFormThatDoesNotSubmitFailsWithAClearError() async throws {
        let server = try SignInServer()
        defer { server.stop() }
        let browser = try Chromium()
        defer { browser.close() }
        let page = try await browser.newPage()
        try await page.navigate(server.base + "/")
        let invalid = await #expect(throws: ChromiumError.self) { try await page.submit(formSelector: "#sign-in", timeout: 2) }
        #expect(invalid?.description.hasPrefix("timed out after 2 s waiting for the page to load after submitting #sign-in") == true)
        let missing = await #expect(throws: ChromiumError.self) { try await page.submit(formSelector: "#sign-out") }
        #expect(missing?.description.contains("no form matches #sign-out") == true)
    }

    @Test func anUnreachableAddressFailsNavigation() async throws {
        let server = try SignInServer()
        let closed = server.base
        server.stop()
        let browser = try Chromium()
        defer { browser.close() }
        let page = try await browser.newPage()
        let error = await #expect(throws: ChromiumError.self) { try await page.navigate(closed + "/") }
        #expect(error?.description == "could not load \(closed)/: net::ERR_CONNECTION_REFUSED")
    }

    /// The helpers die with the browser; init reaps the zombies they leave, which on this
    /// machine takes up to two seconds.
    @Test func closeLeavesNoProcessOfTheBrowserBehind() async throws {
        let browser = try Chromium()
        let page = try await browser.newPage()
        try await page.navigate(dataURL("<p>renderer up</p>"))
        #expect(processes(inGroup: browser.pid).count > 2)
        browser.close()
        #expect(processes(inGroup: browser.pid).allSatisfy { $0.state == "Z" })
        let deadline = Date().addingTimeInterval(10)
        while !processes(inGroup: browser.pid).isEmpty, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(processes(inGroup: browser.pid).isEmpty)
        await #expect(throws: ChromiumError.self) { try await page.text() }
    }

    @Test func aMissingBinarySaysHowToInstallIt() {
        let error = #expect(throws: ChromiumError.self) { try Chromium(executable: "/nonexistent/chromium") }
        #expect(error?.description == "no Chromium at /nonexistent/chromium: install it with `apt-get install -y chromium`")
    }

    private func dataURL(_ html: String) -> String {
        "data:text/html;charset=utf-8," + (html.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }

    private func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }

    /// With their state, from `/proc/PID/stat`: "PID (COMMAND) STATE PPID PGRP ...".
    private func processes(inGroup group: pid_t) -> [(pid: pid_t, state: Substring)] {
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { pid_t($0) }
        return pids.compactMap { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let end = stat.range(of: ")", options: .backwards)
            else { return nil }
            let fields = stat[end.upperBound...].split(separator: " ")
            return fields.count > 2 && pid_t(fields[2]) == group ? (pid, fields[0]) : nil
        }
    }
}

/// An HTTP server on 127.0.0.1 for what needs a real origin: cookies and a form's target. "/"
/// shows a sign-in form and the Cookie header it got; "/welcome?name=N" greets N and sets an
/// HttpOnly session cookie. A thread per connection, since Chromium may open a connection it
/// sends nothing on.
private final class SignInServer: Sendable {
    let port: UInt16
    private let listener: Int32

    var base: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 16) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard bound else {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            close(listener)
            throw POSIXError(code)
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread { [listener] in Self.serve(listener) }.start()
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private static func serve(_ listener: Int32) {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0, errno == EINTR { continue }
            guard connection >= 0 else { break }
            Thread {
                respond(on: connection)
                close(connection)
            }.start()
        }
        close(listener)
    }

    private static func respond(on connection: Int32) {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n")
        let target = lines[0].split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let cookie = lines.first { $0.lowercased().hasPrefix("cookie: ") }.map { String($0.dropFirst(8)) }
        let (headers, body) = page(for: target, cookie: cookie)
        let response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Connection: close\r\n\(headers)\r\n\(body)"
        _ = Array(response.utf8).withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    private static func page(for target: String, cookie: String?) -> (headers: String, body: String) {
        let url = URLComponents(string: target)
        guard url?.path == "/welcome", let name = url?.queryItems?.first(where: { $0.name == "name" })?.value else {
            let form = "<form id='sign-in' action='/welcome'><input id='name' name='name' required></form>"
            return ("", "<h1>Sign in</h1><p>cookie: \(cookie ?? "none")</p>\(form)")
        }
        return ("Set-Cookie: session=\(name); HttpOnly; SameSite=Strict; Path=/\r\n", "<h1>Welcome \(name)</h1>")
    }
}
