import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium the test owns, spoken to over `--remote-debugging-pipe`: no port to
/// pick, nothing another test can connect to, and the browser's end of the pipe closes when it dies.
///
/// Checked `Sendable` rather than `@unchecked`: every stored property is immutable or behind a
/// `Mutex`, so tests may share one browser between tasks.
final class Chromium: Sendable {
    let pid: pid_t
    fileprivate let pipe: DevToolsPipe
    private let directory: String
    private let window: (width: Int, height: Int)
    private let running = Mutex(true)

    init(windowWidth: Int = 1024, windowHeight: Int = 1366, executable: String = "/usr/bin/chromium") throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else { throw ChromiumError(code: .missingBinary(executable)) }
        directory = NSTemporaryDirectory() + "bh-chromium-" + String(UUID().uuidString.prefix(8))
        window = (windowWidth, windowHeight)
        try FileManager.default.createDirectory(atPath: directory + "/profile", withIntermediateDirectories: true)
        let flags = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-dev-shm-usage",
            "--user-data-dir=\(directory)/profile", "--remote-debugging-pipe", "--window-size=\(windowWidth),\(windowHeight)", "about:blank",
        ]
        let launched: (pid: pid_t, socket: Int32)
        do { launched = try Self.launch(executable, flags, log: directory + "/chromium.log") } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        pid = launched.pid
        pipe = DevToolsPipe(fd: launched.socket, log: directory + "/chromium.log")
        let reader = Thread { [pipe] in pipe.readUntilClosed() }
        reader.name = "chromium-devtools"
        reader.start()
    }

    deinit {
        close()
    }

    /// A page in a browser context of its own: its own cookie jar, like a second device.
    ///
    /// The metrics override is what makes the page a tablet: headless Chromium still takes a
    /// toolbar's height off the window (a 1024×1366 window shows a 1024×1279 page) and reports
    /// an 800×600 screen.
    func newPage() async throws -> ChromiumPage {
        let session = try await attachToNewTarget()
        try await pipe.call("Page.enable", session: session)
        try await pipe.call("Emulation.setDeviceMetricsOverride", [
            "width": window.width, "height": window.height, "deviceScaleFactor": 1, "mobile": false,
            "screenWidth": window.width, "screenHeight": window.height,
        ], session: session)
        return ChromiumPage(browser: self, session: session)
    }

    private func attachToNewTarget() async throws -> String {
        let context = try await pipe.call("Target.createBrowserContext")
        guard let contextId = context["browserContextId"] as? String else { throw pipe.malformed("Target.createBrowserContext") }
        let created = try await pipe.call("Target.createTarget", [
            "url": "about:blank", "browserContextId": contextId, "width": window.width, "height": window.height,
        ])
        guard let targetId = created["targetId"] as? String else { throw pipe.malformed("Target.createTarget") }
        let attached = try await pipe.call("Target.attachToTarget", ["targetId": targetId, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw pipe.malformed("Target.attachToTarget") }
        return session
    }

    /// Kills the whole process group: the renderers and the zygote die with the browser, and
    /// the profile directory can go.
    func close() {
        let wasRunning = running.withLock { running in
            defer { running = false }
            return running
        }
        guard wasRunning else { return }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        pipe.hangUp()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Chromium reads commands from fd 3 and writes replies to fd 4. Both are the same end of a
    /// socketpair, so the test's writes can use `MSG_NOSIGNAL` and a dead browser fails the test
    /// instead of killing the test process with SIGPIPE. Started with a clean signal mask for the
    /// reason given at `CleanSpawn`, and in its own process group so `close` can kill all of it.
    private static func launch(_ executable: String, _ flags: [String], log: String) throws -> (pid: pid_t, socket: Int32) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw ChromiumError(code: .startFailed(String(cString: strerror(errno))))
        }
        defer { Glibc.close(ends[1]) }
        var attributes = posix_spawnattr_t()
        CleanSpawn.cleanSignals(&attributes, newProcessGroup: true)
        defer { posix_spawnattr_destroy(&attributes) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 3)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 4)
        let argv = ([executable] + flags).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else {
            Glibc.close(ends[0])
            throw ChromiumError(code: .startFailed(String(cString: strerror(result))))
        }
        return (pid, ends[0])
    }
}

/// One page target, attached with a flat session: commands carry its `sessionId`.
final class ChromiumPage: Sendable {
    /// Held so that the browser lives as long as any of its pages.
    let browser: Chromium
    private let session: String

    fileprivate init(browser: Chromium, session: String) {
        self.browser = browser
        self.session = session
    }

    var url: String {
        get async throws { try await evaluate("location.href") ?? "" }
    }

    /// Returns once the new document fired `load`; a same-document navigation (only the
    /// fragment changes) has no load to wait for.
    func navigate(_ url: String, timeout: Int = 30) async throws {
        try await afterNextLoad(of: "navigating to \(url)", timeout: timeout) {
            let reply = try await call("Page.navigate", ["url": url])
            if let reason = reply["errorText"] as? String {
                throw ChromiumError(code: .navigationFailed(url: url, reason: reason))
            }
            return reply["loaderId"] != nil
        }
    }

    /// Submits as a click on the submit button would: `requestSubmit` runs validation and the
    /// form's submit handlers.
    func submit(formSelector: String, timeout: Int = 30) async throws {
        let selector = try Self.literal(formSelector)
        try await afterNextLoad(of: "submitting \(formSelector)", timeout: timeout) {
            try await evaluate("""
                (() => { const form = document.querySelector(\(selector));
                  if (!(form instanceof HTMLFormElement)) throw new Error('no form matches ' + \(selector));
                  form.requestSubmit(); })()
                """)
            return true
        }
    }

    /// Sets the value and fires `input` and `change`, so scripts listening for typing see it.
    func setValue(_ selector: String, _ value: String) async throws {
        let field = try Self.literal(selector)
        try await evaluate("""
            (() => { const field = document.querySelector(\(field));
              if (!field) throw new Error('no element matches ' + \(field));
              field.value = \(try Self.literal(value));
              field.dispatchEvent(new Event('input', { bubbles: true }));
              field.dispatchEvent(new Event('change', { bubbles: true })); })()
            """)
    }

    /// The value of `expression`, awaited if it is a promise: strings as they are, other values
    /// as JSON, `undefined` and `null` as nil. A thrown exception is thrown with its message.
    @discardableResult
    func evaluate(_ expression: String) async throws -> String? {
        let reply = try await call("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let details = reply["exceptionDetails"] as? [String: Any] {
            let exception = (details["exception"] as? [String: Any])?["description"] as? String
            let message = exception ?? details["text"] as? String ?? "unknown exception"
            throw ChromiumError(code: .javascript("\(message) (in: \(expression.prefix(160)))"))
        }
        guard let result = reply["result"] as? [String: Any] else { throw browser.pipe.malformed("Runtime.evaluate") }
        if let special = result["unserializableValue"] as? String { return special }
        switch result["value"] {
        case nil, is NSNull: return nil
        case let text as String: return text
        case let value?: return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]), as: UTF8.self)
        }
    }

    /// Clicks the first element `selector` matches, as a tap would; the page's handlers run.
    func click(_ selector: String) async throws {
        let target = try Self.literal(selector)
        try await evaluate("""
            (() => { const target = document.querySelector(\(target));
              if (!target) throw new Error('nothing to click matches ' + \(target));
              target.click(); })()
            """)
    }

    /// Waits until `expression` is true in the page: for a script's work that loads no page.
    func waitFor(_ expression: String, seconds: Double = 20, _ what: String) async throws {
        try await waitUntil(seconds: seconds, what) { try await evaluate("Boolean(\(expression))") == "true" }
    }

    func text() async throws -> String {
        try await evaluate("document.body ? document.body.innerText : ''") ?? ""
    }

    func screenshot(to path: String) async throws {
        let reply = try await call("Page.captureScreenshot", ["format": "png"])
        guard let encoded = reply["data"] as? String, let png = Data(base64Encoded: encoded) else {
            throw browser.pipe.malformed("Page.captureScreenshot")
        }
        let file = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try png.write(to: file)
    }

    /// The cookies the page's current URL would send, `HttpOnly` ones included.
    func cookies() async throws -> [ChromiumCookie] {
        let reply = try await call("Network.getCookies")
        guard let cookies = reply["cookies"] as? [[String: Any]] else { throw browser.pipe.malformed("Network.getCookies") }
        return cookies.compactMap(ChromiumCookie.init)
    }

    @discardableResult
    private func call(_ method: String, _ params: [String: Any] = [:]) async throws -> [String: Any] {
        try await browser.pipe.call(method, params, session: session)
    }

    /// Arms the wait before `action` runs: a fast page fires `load` before the reply to the
    /// command that caused it arrives. `action` says whether a load is coming at all.
    private func afterNextLoad(of what: String, timeout: Int, _ action: () async throws -> Bool) async throws {
        let pipe = browser.pipe
        let load = try pipe.expect(event: "Page.loadEventFired", session: session)
        let loads: Bool
        do { loads = try await action() } catch { pipe.disarm(load); throw error }
        guard loads else { return pipe.disarm(load) }
        try await pipe.wait(load, timeout: timeout, for: "the page to load after \(what)")
    }

    /// A JavaScript string literal: JSON's string syntax is a subset of it.
    private static func literal(_ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: text, options: .fragmentsAllowed), as: UTF8.self)
    }
}

struct ChromiumCookie: Equatable, Sendable {
    var name: String
    var value: String
    var httpOnly: Bool
    var secure: Bool
    /// "Strict", "Lax" or "None"; nil when the cookie was set without the attribute.
    var sameSite: String?
}

extension ChromiumCookie {
    fileprivate init?(_ json: [String: Any]) {
        guard let name = json["name"] as? String, let value = json["value"] as? String else { return nil }
        (self.name, self.value) = (name, value)
        (httpOnly, secure) = (json["httpOnly"] as? Bool ?? false, json["secure"] as? Bool ?? false)
        sameSite = json["sameSite"] as? String
    }
}

struct ChromiumError: Error, CustomStringConvertible {
    enum Code {
        case missingBinary(String)
        case startFailed(String)
        case browserExited
        case timedOut(String, seconds: Int)
        case protocolError(method: String, message: String)
        case malformedReply(method: String)
        case navigationFailed(url: String, reason: String)
        case javascript(String)
    }

    var code: Code
    /// The end of Chromium's own log, for failures the browser may explain there.
    var logTail = ""

    var description: String {
        logTail.isEmpty ? summary : summary + "\n--- end of chromium log ---\n" + logTail
    }

    private var summary: String {
        switch code {
        case .missingBinary(let path): "no Chromium at \(path): install it with `apt-get install -y chromium`"
        case .startFailed(let reason): "could not start Chromium: \(reason)"
        case .browserExited: "Chromium exited or closed its DevTools pipe"
        case .timedOut(let what, let seconds): "timed out after \(seconds) s waiting for \(what)"
        case .protocolError(let method, let message): "\(method) failed: \(message)"
        case .malformedReply(let method): "Chromium's reply to \(method) lacks what the protocol promises"
        case .navigationFailed(let url, let reason): "could not load \(url): \(reason)"
        case .javascript(let message): "the page's script threw: \(message)"
        }
    }
}
