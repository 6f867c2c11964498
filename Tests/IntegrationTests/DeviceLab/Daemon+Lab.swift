import Foundation
import HubAPI

extension Daemon {
    /// The state hubd shows for a configured device ("connected", "waiting", …), with its reason.
    func deviceState(_ name: String) async -> (state: String, reason: String?)? {
        guard let status = try? await status(), let device = status.devices.first(where: { $0.name == name }) else { return nil }
        return (device.state, device.reason)
    }

    /// On a timeout the error names the state hubd showed last and ends with its journal, which
    /// is all there is to go on after the guest has powered off.
    func waitForDevice(_ name: String, toBe state: String, seconds: Double = 15) async throws {
        var last: (state: String, reason: String?)?
        do {
            try await waitUntil(seconds: seconds, "\(name) to be \(state)") {
                last = await deviceState(name)
                return last?.state == state
            }
        } catch {
            throw LabError("\(error); it was \(last?.state ?? "absent") (\(last?.reason ?? "no reason")). hubd's log:\n\(logTail())")
        }
    }

    func logTail(_ lines: Int = 25) -> String {
        log().split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    /// The parcels' barcodes in intake order, once at least `count` exist.
    func barcodes(atLeast count: Int) async throws -> [String] {
        try await IntakeEndToEndTests.waitForParcels(self, count: count).map(\.barcode)
    }

    /// `kiosk devices --json`: the attached USB devices and the configured devices each matches.
    func attachedDevices() async throws -> [USBDeviceMatch] {
        try await json([USBDeviceMatch].self, ["devices"])
    }
}

/// One `[[devices]]` table for a lab test's config.
func labDevice(_ name: String, role: String?, driver: String, _ settings: [String: String]) -> String {
    let roleLine = role.map { "role = \"\($0)\"\n" } ?? ""
    let lines = settings.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n")
    return "\n[[devices]]\nname = \"\(name)\"\n\(roleLine)driver = \"\(driver)\"\n\(lines)\n"
}
