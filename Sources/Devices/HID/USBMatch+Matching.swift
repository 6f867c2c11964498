extension USBMatch {
    /// Whether an attached device is the configured one: VID:PID always, plus the serial and
    /// the port path when the config names them (identical scanners differ only there).
    public func matches(vendorID: UInt16, productID: UInt16, serial: String?, portPath: String?) -> Bool {
        guard vendorID == self.vendorID, productID == self.productID else { return false }
        if let wanted = self.serial, wanted != serial {
            return false
        }
        if let wanted = port, wanted != portPath {
            return false
        }
        return true
    }

    /// Whether a device may be the configured one before its serial is known: reading the serial
    /// string needs the device opened, so candidates are chosen by VID:PID and port first and
    /// the serial is compared once each is open.
    public func mayMatch(vendorID: UInt16, productID: UInt16, portPath: String?) -> Bool {
        guard vendorID == self.vendorID, productID == self.productID else { return false }
        return port == nil || port == portPath
    }

    /// "0c2e:0b61 serial X at port 1-1.3", the way staff read it off `lsusb` and the config.
    public var summary: String {
        var text = USBMatch.hex(vendorID) + ":" + USBMatch.hex(productID)
        if let serial {
            text += " serial \(serial)"
        }
        if let port {
            text += " at port \(port)"
        }
        return text
    }

    /// Four lower-case hex digits, as sysfs `idVendor` and `lsusb` print them.
    public static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
