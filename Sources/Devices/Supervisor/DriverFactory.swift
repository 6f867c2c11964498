import Logging

/// Builds the driver for a configured device, or nil when its kind is not implemented yet;
/// `DriverFactory.unavailableReason(for:)` then says why, for the status board.
public func makeDriver(for descriptor: DeviceDescriptor, logger: Logger) -> (any DeviceDriver)? {
    DriverFactory.make(for: descriptor, logger: logger)
}

/// Where driver kinds are mapped to implementations, so the supervisor can be given a
/// different mapping in tests and `--simulate`.
public enum DriverFactory {
    public typealias Make = @Sendable (DeviceDescriptor, Logger) -> (any DeviceDriver)?

    public static func make(for descriptor: DeviceDescriptor, logger: Logger) -> (any DeviceDriver)? {
        switch descriptor.driver {
        case .serial:
            SerialLineScanner(descriptor: descriptor, logger: logger)
        case .rdm6300:
            RDM6300Reader(descriptor: descriptor, logger: logger)
        case .evdev, .hid, .zvt, .gpio:
            nil
        }
    }

    public static func unavailableReason(for descriptor: DeviceDescriptor) -> String {
        "driver \(descriptor.driver.rawValue) arrives in a later release — remove the role from \(descriptor.name) or use a serial device"
    }
}
