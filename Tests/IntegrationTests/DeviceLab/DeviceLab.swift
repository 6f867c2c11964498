import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The device lab: a real Linux kernel under qemu with virtual USB devices (dummy_hcd and
/// configfs gadgets) and uinput, started by `scripts/device-lab`. These tests need root and
/// that kernel, so everywhere else they are skipped, and the lab runs nothing but them.
enum DeviceLab {
    static let gadgetRoot = "/sys/kernel/config/usb_gadget"

    static var isRunning: Bool {
        ProcessInfo.processInfo.environment["BUURHUB_DEVICE_LAB"] == "1"
            && FileManager.default.fileExists(atPath: gadgetRoot)
            && getuid() == 0
    }

    /// The dummy_hcd controllers not in use; each gadget takes one while it exists, so tests
    /// never plug two devices into the same virtual port.
    private static let freeControllers = Mutex<[String]?>(nil)

    static func takeController() throws -> String {
        try freeControllers.withLock { free in
            if free == nil {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: "/sys/class/udc")) ?? []
                free = names.filter { $0.hasPrefix("dummy_udc.") }.sorted()
            }
            guard let controller = free?.first else { throw LabError("no free dummy_hcd controller — load dummy_hcd with num=6") }
            free?.removeFirst()
            return controller
        }
    }

    static func giveBack(_ controller: String) {
        freeControllers.withLock { free in
            free?.append(controller)
            free?.sort()
        }
    }

    /// Writes one sysfs or configfs attribute the way `echo` does; an empty value clears it.
    static func write(_ value: String, to path: String) throws {
        try writeBytes(Array((value.isEmpty ? "\n" : value).utf8), to: path)
    }

    /// Writes a binary attribute (a HID report descriptor) in one write.
    static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LabError("could not open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard Glibc.write(fd, bytes, bytes.count) == bytes.count else {
            throw LabError("could not write \(bytes.count) bytes to \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func read(_ path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func contents(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs only inside `scripts/device-lab`.
    static var insideDeviceLab: Self {
        .enabled(if: DeviceLab.isRunning, "needs the device lab's kernel: run scripts/device-lab")
    }
}

struct LabError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
