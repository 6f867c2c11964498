import Foundation
import Logging

/// A USB HID scanner read through libusb, in HID POS mode or as a boot keyboard, without the
/// kernel's input layer: codes never type into the console and no keyboard grab is needed.
///
/// Plug-in, unplug and missing udev permissions are handled here, as in `SerialLineScanner`:
/// a missing device is looked for again when a node appears or changes under `/dev/bus/usb`
/// (inotify, `NodeWatch.startForUSB`), or every `Timing.enumerateInterval` where that cannot be
/// watched, and a read failure leads back to waiting.
public struct USBHIDScanner: DeviceDriver {
    /// How often to enumerate while waiting, how long one transfer may block (bounding how late
    /// cancellation is noticed) and the backoff after an unplug; tests shorten these.
    public struct Timing: Sendable {
        public var enumerateInterval: Duration
        public var readTimeout: Duration
        public var reopen: RetryBackoff

        public init(
            enumerateInterval: Duration = .milliseconds(500),
            readTimeout: Duration = .milliseconds(100),
            reopen: RetryBackoff = RetryBackoff(initial: .milliseconds(100), maximum: .seconds(1))
        ) {
            self.enumerateInterval = enumerateInterval
            self.readTimeout = readTimeout
            self.reopen = reopen
        }
    }

    public let descriptor: DeviceDescriptor
    let logger: Logger
    let timing: Timing
    let posLayout: HIDPOSReportLayout
    let makeKeyboardDecoder: @Sendable (DeviceDescriptor) -> any HIDReportDecoder

    /// `makeKeyboardDecoder` builds the decoder for scanners in USB keyboard (boot protocol)
    /// mode, where the configured layout applies; HID POS interfaces use `HIDPOSDecoder`.
    public init(
        descriptor: DeviceDescriptor,
        logger: Logger,
        timing: Timing = Timing(),
        posLayout: HIDPOSReportLayout = .standard,
        makeKeyboardDecoder: @escaping @Sendable (DeviceDescriptor) -> any HIDReportDecoder
    ) {
        self.descriptor = descriptor
        self.timing = timing
        self.posLayout = posLayout
        self.makeKeyboardDecoder = makeKeyboardDecoder
        var logger = logger
        logger[metadataKey: "device"] = "\(descriptor.name)"
        self.logger = logger
    }

    /// Returns when cancelled; throws only for problems a retry cannot fix by itself (no usb
    /// match configured, interface busy, no HID interface), which the supervisor shows.
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        guard let role = descriptor.role else { return }
        guard let match = descriptor.usb else {
            throw DeviceError(.missingPath, "device \(descriptor.name) has no usb match — set usb vendor and product IDs in the config")
        }
        var reporter = StateReporter(sink: report)
        guard let context = await startLibUSB(reporter: &reporter) else { return }
        let opener = HIDDeviceOpener(context: context, match: match, logger: logger)
        var backoff = timing.reopen
        while !Task.isCancelled {
            guard let handle = try await openWhenPresent(opener, reporter: &reporter) else { return }
            await reporter.report(.connected)
            logger.info("connected", metadata: ["usb": "\(handle.summary.usbID)", "port": "\(handle.summary.path)"])
            let started = ContinuousClock.now
            guard let reason = await readUntilClosed(handle, role: role, emit: emit) else { return }
            logger.warning("disconnected: \(reason)")
            await reporter.report(.disconnected(reason))
            if ContinuousClock.now - started > backoff.maximum {
                backoff.reset()
            }
            try? await Task.sleep(for: backoff.next())
        }
    }

    /// The decoder for the claimed interface: boot keyboards through the configured layout,
    /// everything else as HID POS.
    func decoder(for interface: HIDInterfaceSummary?) -> any HIDReportDecoder {
        switch interface?.kind {
        case .bootKeyboard:
            makeKeyboardDecoder(descriptor)
        case .pointOfSale, nil:
            HIDPOSDecoder(layout: posLayout)
        }
    }
}
