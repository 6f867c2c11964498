import Foundation
import HubAPI
import Testing

/// Scripts and future dashboards talk to the socket directly; bad requests get a JSON error, never a crash.
@Suite(.serialized) struct MalformedRequestTests {
    static func request(_ socketPath: String, _ raw: String) throws -> (status: Int, body: String) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.enumerated() { buffer[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(connected == 0)
        _ = raw.withCString { write(fd, $0, strlen($0)) }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            response += buffer[0..<count]
            if String(decoding: response, as: UTF8.self).contains("}") { break }
        }
        let text = String(decoding: response, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, text.components(separatedBy: "\r\n\r\n").last ?? "")
    }

    static func post(_ path: String, _ body: String, token: String = "") -> String {
        "POST \(path) HTTP/1.1\r\nHost: hub\r\nAccept-Language: en\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Authorization: Bearer \(token)\r\nConnection: close\r\n\r\n\(body)"
    }

    @Test func badJSONMissingFieldsAndBadValuesAreExplained() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await hub.loginAsStaff()
        let token = try String(contentsOfFile: hub.sessionFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let broken = try Self.request(hub.socketPath, Self.post(APIRoute.assign, "{bad json", token: token))
        #expect(broken.status == 400)
        #expect(broken.body.contains("malformed-request"))
        let missing = try Self.request(hub.socketPath, Self.post(APIRoute.assign, "{\"barcode\": \"VG12345678\"}", token: token))
        #expect(missing.status == 400)
        #expect(missing.body.contains("'resident' is missing"))
        let badOutcome = try Self.request(hub.socketPath, Self.post(APIRoute.deliver, "{\"barcode\": \"X\", \"outcome\": \"thrown-over-fence\"}", token: token))
        #expect(badOutcome.status == 400)
        let badDate = try Self.request(hub.socketPath, "GET /v1/parcels?date=yesterday HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n")
        #expect(badDate.status == 400)
        #expect(badDate.body.contains("YYYY-MM-DD"))
        #expect(await hub.kiosk(["status", "--json"]).exit == 0)
    }
}
