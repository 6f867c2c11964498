import Logging

/// Where driver kinds are mapped to implementations, so the supervisor can be given a
/// different mapping in tests and `--simulate`.
public enum DriverFactory {
    public typealias Make = @Sendable (DeviceDescriptor, Logger) -> (any DeviceDriver)?

    /// GPIO boards share one feedback sink with the daemon, so they are built by
    /// `GPIODriverFactory` with that sink; `make(for:logger:feedback:)` takes it.
    public static func make(for descriptor: DeviceDescriptor, logger: Logger) -> (any DeviceDriver)? {
        make(for: descriptor, logger: logger, feedback: nil)
    }

    public static func make(for descriptor: DeviceDescriptor, logger: Logger, feedback: GPIOFeedback?) -> (any DeviceDriver)? {
        switch descriptor.driver {
        case .serial:
            SerialLineScanner(descriptor: descriptor, logger: logger)
        case .rdm6300:
            RDM6300Reader(descriptor: descriptor, logger: logger)
        case .evdev:
            EvdevKeyboardReader(descriptor: descriptor, logger: logger)
        case .hid:
            USBHIDScanner(descriptor: descriptor, logger: logger, makeKeyboardDecoder: bootKeyboard)
        case .gpio:
            GPIODriverFactory.make(for: descriptor, feedback: feedback, logger: logger)
        case .zvt:
            nil
        }
    }

    /// HID keyboards go through the same layout engine as evdev wedges.
    @Sendable static func bootKeyboard(_ descriptor: DeviceDescriptor) -> any HIDReportDecoder {
        BootKeyboardDecoder(
            layout: KeyboardLayout.named(descriptor.layout) ?? .us,
            maxCodeLength: descriptor.maxCodeLength, suffixTimeout: descriptor.suffixTimeout
        )
    }

    public static func unavailableReason(for descriptor: DeviceDescriptor) -> String {
        "driver \(descriptor.driver.rawValue) arrives in a later release — remove the role from \(descriptor.name) for now"
    }
}
