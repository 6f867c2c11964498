import Foundation

/// Builds a sysfs-like tree (`sys/bus/usb/devices/…`) and a `dev` tree with by-id symlinks in a
/// temporary directory, the shapes the kernel gives on a Pi, so discovery is tested without
/// hardware.
struct SysfsFixture {
    let root: URL
    var sysfsRoot: String { root.appendingPathComponent("sys").path }
    var devRoot: String { root.path }
    private var devices: String { sysfsRoot + "/bus/usb/devices" }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hub-sysfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root.path + "/sys/bus/usb/devices", withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A device directory with the given attributes (nil values are left out).
    func device(_ port: String, _ attributes: [String: String?]) throws {
        let base = devices + "/" + port
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        for (name, value) in attributes {
            if let value {
                try write(value + "\n", to: base + "/" + name)
            }
        }
    }

    /// An interface directory of `port` with its class and the relative paths of node dirs.
    func interface(_ port: String, _ number: String, class interfaceClass: String, nodes: [String] = []) throws {
        let base = devices + "/" + port + "/" + port + ":" + number
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try write(interfaceClass + "\n", to: base + "/bInterfaceClass")
        for node in nodes {
            try FileManager.default.createDirectory(atPath: base + "/" + node, withIntermediateDirectories: true)
        }
    }

    /// What the kernel also lists next to devices: root hubs and interface links.
    func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: devices + "/" + name, withDestinationPath: target)
    }

    /// Makes an attribute unreadable as a file, which also works when tests run as root.
    func unreadable(_ port: String, _ name: String) throws {
        try FileManager.default.createDirectory(atPath: devices + "/" + port + "/" + name, withIntermediateDirectories: true)
    }

    func devNode(_ path: String) throws {
        let full = root.path + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try write("", to: full)
    }

    func devLink(_ path: String, to relativeTarget: String) throws {
        let full = root.path + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: relativeTarget)
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
