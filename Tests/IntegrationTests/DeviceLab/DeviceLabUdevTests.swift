import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `packaging/70-buurhub.rules` against devices the lab's kernel really made, evaluated by
/// `udevadm test` together with Debian's own rules (60-serial, 60-persistent-input, usb_id and
/// path_id), which set the properties ours read.
@Suite(.serialized, .insideDeviceLab) struct DeviceLabUdevTests {
    @Test func aSerialScannerWithASerialNumberIsNamedByItAndGivenToDialout() async throws {
        let gadget = try USBGadget(vendorID: 0x0c2e, productID: 0x0b61, product: "Test Scanner", serial: "SCAN123", function: .acm)
        try gadget.plug()
        let tty = try #require(gadget.hostTTY)
        let result = try await UdevRules.test("/sys/class/tty/" + URL(fileURLWithPath: tty).lastPathComponent)
        #expect(result.links.contains { $0.hasPrefix("/dev/buurhub/tty-") && $0.hasSuffix("_SCAN123-if00") }, "\(result.links)")
        #expect(result.ownership == UdevOwnership(group: "dialout", mode: "0660"), "\(result.ownership)")
    }

    @Test func aSerialScannerWithoutASerialNumberIsNamedByItsPort() async throws {
        let gadget = try USBGadget(vendorID: 0x0c2e, productID: 0x0b62, product: "Test Scanner", serial: nil, function: .acm)
        try gadget.plug()
        let tty = try #require(gadget.hostTTY)
        let result = try await UdevRules.test("/sys/class/tty/" + URL(fileURLWithPath: tty).lastPathComponent)
        let link = try #require(result.links.first { $0.hasPrefix("/dev/buurhub/") }, "\(result.links)")
        #expect(link.hasPrefix("/dev/buurhub/tty-platform-dummy_hcd"), "\(link)")
        #expect(link.hasSuffix("-usb-0:1:1.0"), "\(link)")
    }

    @Test func aKeyboardWedgeGetsAKbdLinkAndGroupInput() async throws {
        let gadget = try USBGadget(vendorID: 0x0c2e, productID: 0x0b63, product: "Wedge Scanner", serial: "KBD42", function: .hid(.bootKeyboard))
        try gadget.plug()
        let event = try UdevRules.eventNode(under: "/sys/bus/usb/devices/\(gadget.portPath)")
        let result = try await UdevRules.test(event)
        #expect(result.links.contains { $0.hasPrefix("/dev/buurhub/input-") && $0.hasSuffix("_KBD42-if00-kbd") }, "\(result.links)")
        #expect(result.ownership == UdevOwnership(group: "input", mode: "0660"), "\(result.ownership)")
    }

    @Test func aHIDPOSScannerIsGivenToPlugdevForLibusbAndNeverToEveryone() async throws {
        let gadget = try USBGadget(vendorID: 0x0c2e, productID: 0x0b64, product: "HID Scanner", serial: "POS1", function: .hid(.pointOfSale))
        try gadget.plug()
        let result = try await UdevRules.test("/sys/bus/usb/devices/\(gadget.portPath)")
        #expect(result.ownership == UdevOwnership(group: "plugdev", mode: "0660"), "\(result.ownership)")
    }
}

struct UdevOwnership: Equatable {
    var group: String?
    var mode: String?
}

/// Runs `udevadm test` with the package's rules placed in /run/udev/rules.d (the lab's /run is
/// its own tmpfs), and reads the links and the ownership it would give the node.
enum UdevRules {
    struct Outcome {
        var links: [String]
        var ownership: UdevOwnership
    }

    static func test(_ syspath: String) async throws -> Outcome {
        try install()
        let run = await Command.run(URL(fileURLWithPath: "/usr/bin/udevadm"), ["test", "--action=add", syspath])
        try #require(run.exit == 0, "udevadm test \(syspath): \(run.stderr)")
        let output = run.stdout + run.stderr
        let links = output.split(separator: "\n").first { $0.hasPrefix("DEVLINKS=") }
            .map { $0.dropFirst("DEVLINKS=".count).split(separator: " ").map(String.init) } ?? []
        return Outcome(links: links, ownership: ownership(in: output))
    }

    /// The last GROUP and MODE a rule of ours set (`…/70-buurhub.rules:12 GROUP 20`), group
    /// named through /etc/group. A later file could only have changed them if we had not
    /// used `:=`.
    static func ownership(in output: String) -> UdevOwnership {
        var result = UdevOwnership()
        for line in output.split(separator: "\n") where line.contains("70-buurhub.rules") {
            let words = line.split(separator: " ")
            if let index = words.firstIndex(of: "GROUP"), index + 1 < words.count {
                result.group = groupName(String(words[index + 1]))
            }
            if let index = words.firstIndex(of: "MODE"), index + 1 < words.count {
                result.mode = String(words[index + 1])
            }
        }
        return result
    }

    /// The event node the HID gadget's keyboard interface became, found from /sys/class/input
    /// (whose entries link into the device tree under the USB device).
    static func eventNode(under device: String) throws -> String {
        let resolved = URL(fileURLWithPath: device).resolvingSymlinksInPath().path + "/"
        var found: String?
        try waitFor("an input event node under \(device)") {
            found = DeviceLab.contents(of: "/sys/class/input").first { name in
                name.hasPrefix("event")
                    && URL(fileURLWithPath: "/sys/class/input/" + name).resolvingSymlinksInPath().path.hasPrefix(resolved)
            }.map { "/sys/class/input/" + $0 }
            return found != nil
        }
        return try #require(found)
    }

    private static func install() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../packaging/70-buurhub.rules").standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: "/run/udev/rules.d", withIntermediateDirectories: true)
        let target = "/run/udev/rules.d/70-buurhub.rules"
        if !FileManager.default.fileExists(atPath: target) {
            try FileManager.default.copyItem(atPath: source, toPath: target)
        }
    }

    private static func groupName(_ value: String) -> String {
        guard let gid = UInt32(value), let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return value }
        return String(cString: name)
    }
}
