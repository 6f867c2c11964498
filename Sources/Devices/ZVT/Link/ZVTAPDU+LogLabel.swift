extension ZVTAPDU {
    /// Class, instruction and data length only: the data may hold receipt text or card data,
    /// which never goes to a log.
    var logLabel: String {
        "\(Self.hex(classByte)) \(Self.hex(instruction)) (\(data.count) bytes)"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
