import Foundation
import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Wakes a driver that waits for its device node when something changes where that node will
/// appear, so a missing scanner costs no wakeups until it is plugged in. It watches (inotify) the
/// node's directory, or the nearest directory above it that exists (`/dev/serial/by-id` exists
/// only while some USB serial device is plugged in); the driver then tries again and, if the
/// node is still not there, watches anew, one level deeper if the directory came.
///
/// One use: `changed(within:)` returns once and ends the watch. The events themselves are not
/// decoded: any change is a reason to try the node again.
struct NodeWatch: Sendable {
    private let changes: AsyncStream<FileDescriptorReader.Event<Int>>
    /// The inotify descriptor, owned and closed by the reading thread; kept for tests to see it go.
    let descriptor: Int32

    /// For a missing node: entries created or renamed into the directory, and the directory
    /// itself going away. Not attribute changes: every write to a tty in `/dev/pts` changes its
    /// times, and a directory watch would wake at each of them.
    static let appearing = UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
    /// For a node that is there but may not be opened yet: its own mode and group (udev sets
    /// them after creating it), or the node going away.
    static let permitted = UInt32(IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches for `path` to appear (`present == false`) or, when it exists, for its own
    /// attributes to change. nil where inotify is not available; the caller then looks again
    /// on a timer.
    static func start(for path: String, present: Bool = false, name: String, logger: Logger) -> NodeWatch? {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let added = present
            ? inotify_add_watch(descriptor, path, permitted)
            : inotify_add_watch(descriptor, existingDirectory(above: path), appearing)
        guard added >= 0 else {
            Glibc.close(descriptor)
            return nil
        }
        return reading(descriptor, name: name, logger: logger)
    }

    /// Where libusb finds USB devices: plugging a scanner in adds a node to one of the bus
    /// directories, and udev then sets its group and mode.
    static let usbBus = "/dev/bus/usb"
    /// For the bus directories: a node created or renamed in, a node's mode changing, the
    /// directory going. Nothing there changes while no device comes or goes.
    static let usbChanges = UInt32(IN_CREATE | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches every bus directory under `root` for a USB device appearing or being permitted,
    /// so a USB HID scanner that is not plugged in costs no wakeups either. Without `root` yet
    /// (no USB controller has come up), the nearest directory above it is watched for it.
    static func startForUSB(root: String = usbBus, name: String, logger: Logger) -> NodeWatch? {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        // The root first, then its buses: a bus that comes between the two is still seen.
        if inotify_add_watch(descriptor, root, usbChanges) >= 0 {
            for bus in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
                _ = inotify_add_watch(descriptor, root + "/" + bus, usbChanges)
            }
        } else if inotify_add_watch(descriptor, existingDirectory(above: root + "/"), appearing) < 0 {
            Glibc.close(descriptor)
            return nil
        }
        return reading(descriptor, name: name, logger: logger)
    }

    private static func reading(_ descriptor: Int32, name: String, logger: Logger) -> NodeWatch? {
        let stream = try? FileDescriptorReader.start(
            FileDescriptor(rawValue: descriptor), decoder: ChangeCounter(), name: "\(name)-watch", logger: logger, queueLimit: 1
        )
        return stream.map { NodeWatch(changes: $0, descriptor: descriptor) }
    }

    /// The directory the node would appear in, or the nearest one above it that exists.
    static func existingDirectory(above path: String) -> String {
        var directory = parent(of: path)
        while directory != "/", access(directory, F_OK) != 0 {
            directory = parent(of: directory)
        }
        return directory
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// Ends the watch without waiting: its reading thread stops and the inotify descriptor closes.
    func end() async {
        await changed(within: .zero)
    }

    /// Returns at the first change (true), or after `limit` (false), and ends the watch either way.
    @discardableResult
    func changed(within limit: Duration) async -> Bool {
        let changes = changes
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await event in changes {
                    if case .output = event { return true }
                }
                return !Task.isCancelled
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}

/// Counts the bytes of each inotify read; what changed does not matter to a driver waiting
/// for its node.
private struct ChangeCounter: ByteStreamDecoder {
    mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [Int] { [bytes.count] }
    mutating func flush(at now: ContinuousClock.Instant) -> [Int] { [] }
}
