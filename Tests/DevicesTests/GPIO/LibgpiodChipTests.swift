import Devices
import Foundation
import Testing

/// The real libgpiod binding, on a machine without GPIO: every call must fail cleanly with a
/// message, never crash. Skipped where a gpiochip exists (on the Pi).
@Suite("libgpiod binding", .enabled(if: !FileManager.default.fileExists(atPath: "/dev/gpiochip0")))
struct LibgpiodChipTests {
    @Test("the library is linked and reports a v1 version")
    func version() {
        let version = NativeLibraries.libgpiodVersion
        #expect(version.hasPrefix("1."), "got \(version)")
    }

    @Test("opening gpiochip0 fails with ENOENT as noChip")
    func missingChip() {
        let error = #expect(throws: GPIOError.self) { _ = try LibgpiodChip.open("gpiochip0") }
        #expect(error?.code == .noChip)
        #expect(error?.errno == ENOENT)
        #expect(error?.message.contains("no gpiochip0") == true)
    }

    @Test("a device that is not a GPIO chip fails with its errno in the message")
    func notAChip() {
        let error = #expect(throws: GPIOError.self) { _ = try LibgpiodChip.open("null") }
        #expect(error?.code != .noChip)
        let number = error?.errno ?? 0
        #expect(number != 0)
        #expect(error?.message.contains("errno \(number)") == true, "\(String(describing: error))")
    }

    @Test("the real opener degrades feedback to unavailable")
    func feedbackDegrades() async {
        let feedback = GPIOFeedback(lines: GPIOLines(ledGreen: 17), logger: .init(label: "test"))
        #expect(await feedback.start().label == "unavailable")
        await feedback.signal(.rejected, device: "desk")
        await feedback.shutdown()
    }
}
