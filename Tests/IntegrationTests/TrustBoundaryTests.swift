import Foundation
import HubAPI
import Testing

/// The attacks from issue 11, through the running hubd: callers on the socket are known by the
/// kernel, and each gets only what `[access]` gives its uid. Other uids need root to become.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root to act as other users through setpriv"))
struct TrustBoundaryTests {
    static let outsider: UInt32 = 65534
    static let staffUser: UInt32 = 65533
    static let monitorUser: UInt32 = 65532
    static let access = """
        [access]
        staff = ["uid:\(staffUser)"]
        monitor = ["uid:\(monitorUser)"]
        """

    @Test func anOutsiderOnTheSocketGetsNothingAndCannotClaimATap() async throws {
        let daemon = try Daemon(extraConfig: Self.access)
        try await daemon.start()
        for command in [["status"], ["residents", "list"], ["simulate", "key", "1"]] {
            let result = await daemon.kiosk(command, as: Self.outsider)
            #expect(result.exit == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("may not use hubd"), "\(command): \(result.stderr)")
        }
        let login = await daemon.kiosk(["login", "--pin-stdin"], as: Self.outsider, stdin: "1234\n")
        #expect(login.exit != 0 && login.stderr.contains("may not use hubd"), "\(login.stderr)")
        let status = try await daemon.statusJSON()
        #expect((status["waiting_for_tap"] as? [String])?.isEmpty ?? true, "no claim was opened: \(status)")
        #expect(daemon.log().contains("caller without a role refused"))
    }

    @Test func aSessionIsBoundToTheUserWhoLoggedInAndAForgedOneIsNothing() async throws {
        let daemon = try Daemon(extraConfig: Self.access)
        try await daemon.start()
        try await daemon.loginAsStaff()
        let stolen = try String(contentsOfFile: daemon.sessionFile, encoding: .utf8)
        let theirs = await daemon.kiosk(["residents", "list"], as: Self.staffUser, session: stolen)
        #expect(theirs.exit == 77, "another uid's token counts as no login: \(theirs.stderr)")
        let forged = await daemon.kiosk(["residents", "list"], as: Self.staffUser, session: String(repeating: "ab", count: 32))
        #expect(forged.exit == 77, "\(forged.stderr)")
        let logout = await daemon.kiosk(["logout"], as: Self.staffUser, session: stolen)
        #expect(logout.exit == 0, "\(logout.stderr)")
        let mine = await daemon.kiosk(["residents", "list"])
        #expect(mine.exit == 0, "someone else's logout leaves this session standing: \(mine.stderr)")
    }

    @Test func aLapsedSessionIsRefusedAndSaysToLogInAgain() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        try await daemon.loginAsStaff()
        await daemon.signal(SIGTERM)
        let later = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3_600))
        try await daemon.start(environment: ["BUURHUB_FAKE_NOW": later], warmUp: false)
        let lapsed = await daemon.kiosk(["residents", "list"])
        #expect(lapsed.exit == 77, "\(lapsed.stderr)")
        // `kiosk status` while hubd started already found the session lapsed and removed it.
        #expect(lapsed.stderr.contains("kiosk login"), "\(lapsed.stderr)")
    }

    @Test func aMonitorSeesHealthButNoPersonalDataAndCannotPressConsoleKeys() async throws {
        let daemon = try Daemon(extraConfig: Self.access)
        try await daemon.start()
        #expect(await daemon.kiosk(["status"], as: Self.monitorUser).exit == 0)
        let residents = await daemon.kiosk(["residents", "list"], as: Self.monitorUser)
        #expect(residents.exit == 65 && residents.stderr.contains("staff"), "\(residents.stderr)")
        let key = await daemon.kiosk(["simulate", "key", "1"], as: Self.staffUser)
        #expect(key.exit == 65 && key.stderr.contains("console"), "staff cannot press keys on a resident's screen: \(key.stderr)")
    }

    @Test func aThousandIdleConnectionsDelayButDoNotStopTheAPI() async throws {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = min(limit.rlim_max, 4096)
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        let daemon = try Daemon()
        try await daemon.start()
        let idle = (0..<1000).compactMap { _ in RawSocket.connect(daemon.socketPath) }
        defer { idle.forEach { close($0) } }
        #expect(idle.count == 1000, "the kernel's backlog takes every connection: \(idle.count)")
        let started = Date()
        try await waitUntil(seconds: 90, "kiosk status to get through") { await daemon.kiosk(["status", "--json"]).exit == 0 }
        #expect(daemon.log().contains("hubd ready"))
        #expect(!daemon.log().contains("Too many open files"), "hubd never ran out of file descriptors")
        print("kiosk status answered \(Int(Date().timeIntervalSince(started))) s after 1,000 idle connections")
    }

    @Test func aTenMegabyteBodyIsRefusedBeforeItIsRead() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        try await daemon.loginAsStaff()
        let token = try String(contentsOfFile: daemon.sessionFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let head = "POST \(APIRoute.residents) HTTP/1.1\r\nHost: hub\r\nAccept-Language: en\r\nContent-Type: application/json\r\n"
            + "Authorization: Bearer \(token)\r\nContent-Length: \(10 * 1024 * 1024)\r\n\r\n{\"name\": \""
        let answer = try MalformedRequestTests.request(daemon.socketPath, head)
        #expect(answer.status == 413, "\(answer)")
        #expect(answer.body.contains("body-too-large"))
        #expect(await daemon.kiosk(["status", "--json"]).exit == 0, "hubd carries on")
    }
}

/// A bare connection to hubd's socket that sends nothing.
enum RawSocket {
    static func connect(_ path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() { buffer[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }
}
