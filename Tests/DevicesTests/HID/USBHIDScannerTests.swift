@testable import Devices
import Logging
import Testing

@Suite struct USBHIDScannerTests {
    private func scanner(usb: USBMatch?, role: DeviceRole? = .intake) -> USBHIDScanner {
        let descriptor = DeviceDescriptor(name: "hid-1", role: role, driver: .hid, usb: usb)
        return USBHIDScanner(
            descriptor: descriptor, logger: Logger(label: "test"),
            timing: USBHIDScanner.Timing(enumerateInterval: .milliseconds(50), readTimeout: .milliseconds(20)),
            makeKeyboardDecoder: { _ in StubKeyboardDecoder() }
        )
    }

    /// This machine has no USB at all: libusb starts with an empty list, and the driver must
    /// wait (re-enumerating) instead of failing, then stop promptly when cancelled.
    @Test func withoutTheDeviceTheDriverWaitsAndStopsOnCancel() async throws {
        let recorder = Recorder()
        let driver = scanner(usb: USBMatch(vendorID: 0x0C2E, productID: 0x0B61, serial: "S1"))
        let task = Task { try await driver.run(emit: recorder.emit, report: recorder.report) }
        await eventually { await recorder.lastState?.label == "waiting" }
        let reason = await recorder.lastState?.reason ?? ""
        #expect(reason.hasPrefix("no USB device 0c2e:0b61 serial S1"))
        try await Task.sleep(for: .milliseconds(200))
        #expect(await recorder.states.count == 1)
        task.cancel()
        try await task.value
        #expect(await recorder.events.isEmpty)
    }

    @Test func missingUSBMatchIsAConfigurationError() async {
        let recorder = Recorder()
        await #expect(throws: DeviceError.self) {
            try await scanner(usb: nil).run(emit: recorder.emit, report: recorder.report)
        }
    }

    @Test func deviceWithoutRoleIsNeverOpened() async throws {
        let recorder = Recorder()
        try await scanner(usb: USBMatch(vendorID: 1, productID: 2), role: nil).run(emit: recorder.emit, report: recorder.report)
        #expect(await recorder.states.isEmpty)
    }

    @Test func decoderFollowsTheInterfaceProtocol() {
        let driver = scanner(usb: USBMatch(vendorID: 1, productID: 2))
        let keyboard = HIDInterfaceSummary(number: 0, interfaceClass: 3, subclass: 1, interfaceProtocol: 1, inEndpoint: 0x81, maxPacketSize: 8)
        let pos = HIDInterfaceSummary(number: 0, interfaceClass: 3, subclass: 0, interfaceProtocol: 0, inEndpoint: 0x81, maxPacketSize: 64)
        #expect(driver.decoder(for: keyboard) is StubKeyboardDecoder)
        #expect(driver.decoder(for: pos) is HIDPOSDecoder)
    }

    @Test func libusbStartsAndEnumeratesHere() throws {
        let context = try LibUSBContext()
        _ = try context.summaries()
        let opener = HIDDeviceOpener(context: context, match: USBMatch(vendorID: 0xFFFF, productID: 0xFFFE), logger: Logger(label: "test"))
        let outcome = Result(catching: { () throws(DeviceError) in try opener.open() })
        guard case .failure(let error) = outcome else {
            Issue.record("no device has VID:PID ffff:fffe, yet one was opened")
            return
        }
        #expect(error.code == .notFound)
        #expect(error.message.hasPrefix("no USB device ffff:fffe"))
        #expect(LibUSB.errorName(LibUSB.access) == "LIBUSB_ERROR_ACCESS")
    }
}
