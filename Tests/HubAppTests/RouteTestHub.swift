import Foundation
import HTTPTypes
import HubApp
import HubConfig
import Hummingbird
import Inventory
import Logging

/// Names the caller from a test header instead of the kernel, so one in-process router can be
/// called as every kind of caller. Only tests construct it; hubd's router always asks the kernel.
struct HeaderCallerIdentifier: CallerIdentifier {
    static let header = HTTPField.Name("x-test-caller")!
    static let uid: UInt32 = 4242

    func caller(for request: Request, context: HubRequestContext) async -> Caller {
        guard let raw = request.headers[Self.header] else { return .nobody }
        let roles = Set(raw.split(separator: ",").compactMap { Role(rawValue: String($0)) })
        return Caller(kind: .socket(PeerCredentials(pid: 1, uid: Self.uid, gid: Self.uid)), roles: roles)
    }
}

/// A hub on a temporary data directory with one staff member logged in as the test's uid.
struct RouteTestHub {
    let hub: Hub
    let table: RouteTable
    let router: Router<HubRequestContext>
    let token: String

    init() async throws {
        let directory = NSTemporaryDirectory() + "bh-routes-" + String(UUID().uuidString.prefix(8))
        let text = """
            [hub]
            name = "route test"
            data_dir = "\(directory)"
            [kiosk]
            pin_kdf_rounds = 1024
            """
        let configuration = try ConfigLoader.parse(text: text, file: "hubd.toml")
        hub = try Hub(configuration: configuration, simulate: false, logger: Logger(label: "route-test"))
        table = RouteTable()
        router = hub.makeRouter(identifier: HeaderCallerIdentifier(), table: table)
        let member = try await hub.stores.staff.add(name: "Anna", pin: "1234", pass: PassDigest(bytes: Data(repeating: 7, count: 32)), by: nil)
        token = try await hub.stores.staff.openSession(staffID: member.id, origin: "cli", ownerUID: HeaderCallerIdentifier.uid)
    }
}
