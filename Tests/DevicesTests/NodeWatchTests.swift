@testable import Devices
import Foundation
import Logging
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 16, goal 3: a driver waiting for its node is woken by inotify when the node appears,
/// not by a timer.
@Suite struct NodeWatchTests {
    static let logger = Logger(label: "node-watch-test")

    @Test func aNodeCreatedInTheWatchedDirectoryWakesTheWatch() async throws {
        let directory = try EvdevHarness.temporaryDirectory()
        let watch = try #require(NodeWatch.start(for: directory + "/event-kbd", name: "wedge", logger: Self.logger))
        let creator = Task {
            try await Task.sleep(for: .milliseconds(100))
            try EvdevHarness.makeFIFO(directory + "/event-kbd")
        }
        #expect(await watch.changed(within: .seconds(120)) == true)
        try await creator.value
    }

    /// udev creates a node first and gives it its group and mode a moment later.
    @Test func aNodeThatIsThereButNotPermittedWakesTheWatchWhenItsModeChanges() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event5"
        try EvdevHarness.makeFIFO(path)
        chmod(path, 0o000)
        let watch = try #require(NodeWatch.start(for: path, present: true, name: "permit", logger: Self.logger))
        let udev = Task {
            try await Task.sleep(for: .milliseconds(100))
            chmod(path, 0o660)
        }
        #expect(await watch.changed(within: .seconds(120)) == true)
        try await udev.value
    }

    @Test func aSiblingsTimesDoNotWakeTheWatchForAMissingNode() async throws {
        let directory = try EvdevHarness.temporaryDirectory()
        try EvdevHarness.makeFIFO(directory + "/pts-busy")
        let watch = try #require(NodeWatch.start(for: directory + "/event9", name: "sibling", logger: Self.logger))
        chmod(directory + "/pts-busy", 0o640)
        #expect(await watch.changed(within: .milliseconds(200)) == false, "a sibling's attributes are not a reason to look")
    }

    @Test func withoutAChangeTheWatchWaitsItsLimitAndEnds() async throws {
        let directory = try EvdevHarness.temporaryDirectory()
        let watch = try #require(NodeWatch.start(for: directory + "/ttyACM0", name: "quiet", logger: Self.logger))
        #expect(await watch.changed(within: .milliseconds(50)) == false)
        try await eventuallyClosed(watch, watching: directory)
    }

    /// A USB scanner plugged in: the kernel adds `BBB/DDD` under the bus root.
    @Test func aUSBDeviceAddedToABusWakesTheUSBWatch() async throws {
        let root = try EvdevHarness.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: root + "/001", withIntermediateDirectories: true)
        let watch = try #require(NodeWatch.startForUSB(root: root, name: "hid", logger: Self.logger))
        let plug = Task {
            try await Task.sleep(for: .milliseconds(100))
            try EvdevHarness.makeFIFO(root + "/001/005")
        }
        #expect(await watch.changed(within: .seconds(120)) == true)
        try await plug.value
    }

    /// udev gives the new node its group a moment after the kernel made it.
    @Test func aUSBNodesModeChangingWakesTheUSBWatch() async throws {
        let root = try EvdevHarness.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: root + "/002", withIntermediateDirectories: true)
        try EvdevHarness.makeFIFO(root + "/002/003")
        chmod(root + "/002/003", 0o600)
        let watch = try #require(NodeWatch.startForUSB(root: root, name: "hid-permit", logger: Self.logger))
        let udev = Task {
            try await Task.sleep(for: .milliseconds(100))
            chmod(root + "/002/003", 0o664)
        }
        #expect(await watch.changed(within: .seconds(120)) == true)
        try await udev.value
    }

    /// No USB controller yet: the bus root itself appearing is the change to look for.
    @Test func aMissingUSBRootIsWatchedFromAbove() async throws {
        let parent = try EvdevHarness.temporaryDirectory()
        let watch = try #require(NodeWatch.startForUSB(root: parent + "/usb", name: "hid-root", logger: Self.logger))
        let controller = Task {
            try await Task.sleep(for: .milliseconds(100))
            try FileManager.default.createDirectory(atPath: parent + "/usb", withIntermediateDirectories: true)
        }
        #expect(await watch.changed(within: .seconds(120)) == true)
        try await controller.value
    }

    @Test func aQuietUSBBusDoesNotWakeTheWatch() async throws {
        let root = try EvdevHarness.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: root + "/001", withIntermediateDirectories: true)
        let watch = try #require(NodeWatch.startForUSB(root: root, name: "hid-quiet", logger: Self.logger))
        #expect(await watch.changed(within: .milliseconds(200)) == false)
    }

    @Test func aMissingDirectoryIsWatchedFromTheNearestOneAbove() throws {
        let directory = try EvdevHarness.temporaryDirectory()
        #expect(NodeWatch.existingDirectory(above: directory + "/serial/by-id/usb-Datalogic-if00") == directory)
        #expect(NodeWatch.existingDirectory(above: directory + "/event0") == directory)
        #expect(NodeWatch.existingDirectory(above: "/nowhere/at/all") == "/")
    }

    @Test func aWatchEndedEarlyClosesItsDescriptor() async throws {
        let directory = try EvdevHarness.temporaryDirectory()
        let watch = try #require(NodeWatch.start(for: directory + "/event3", name: "early", logger: Self.logger))
        #expect(watches(watch.descriptor, directory), "the watch holds the directory")
        await watch.end()
        try await eventuallyClosed(watch, watching: directory)
    }

    /// The reader's retry is an hour, so only the watch can have noticed the FIFO.
    @Test func aReaderWaitingForItsNodeIsWokenByTheWatchNotByItsRetry() async throws {
        let path = try EvdevHarness.temporaryDirectory() + "/event-kbd"
        let harness = EvdevHarness(path: path, pathRetry: .seconds(3600))
        await eventually { await harness.recorder.lastState?.label == "waiting" }
        try EvdevHarness.makeFIFO(path)
        await eventually { await harness.recorder.lastState == .connected }
        #expect(await harness.recorder.lastState == .connected)
        try await harness.stop()
    }

    /// Its reading thread closes the descriptor on exit: then no inotify watch in this process
    /// holds the directory's inode under that descriptor number.
    private func eventuallyClosed(_ watch: NodeWatch, watching directory: String) async throws {
        let closed = await eventually { !watches(watch.descriptor, directory) }
        #expect(closed, "the watch's descriptor still watches \(directory)")
    }

    /// Whether `/proc/self/fdinfo/FD` is an inotify watch on `directory` (by inode, in hex).
    private func watches(_ descriptor: Int32, _ directory: String) -> Bool {
        var status = stat()
        guard stat(directory, &status) == 0 else { return false }
        let info = (try? String(contentsOfFile: "/proc/self/fdinfo/\(descriptor)", encoding: .utf8)) ?? ""
        return info.contains("inotify wd:") && info.contains("ino:\(String(status.st_ino, radix: 16)) ")
    }
}
