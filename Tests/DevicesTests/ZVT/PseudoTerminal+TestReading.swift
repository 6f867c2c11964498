import Devices

extension PseudoTerminal {
    /// Collects what the link wrote to the slave until `count` bytes came or `timeout` passed.
    func readBytes(_ count: Int, within timeout: Duration) async -> [UInt8] {
        await onThread { [self] in
            var bytes: [UInt8] = []
            let deadline = ContinuousClock.now + timeout
            while bytes.count < count, ContinuousClock.now < deadline {
                bytes += (try? read(upTo: count - bytes.count, timeout: .milliseconds(50))) ?? []
            }
            return bytes
        }
    }
}
