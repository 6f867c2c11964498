import CHubShims
import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pty pair standing in for a serial scanner: whatever is written to the master arrives at a
/// reader of `slavePath`, exactly as from a USB CDC-ACM device. Used by `hubd --simulate` and
/// by tests, because this machine has no real serial hardware.
///
/// The pair holds its own slave descriptor so the slave stays raw even before the driver opens
/// it (bytes written early would otherwise have CR turned into LF) and so the master never
/// sees a hangup while the driver is between reopens. Closing the master makes every reader of
/// the slave see hangup/EIO, which is how an unplug is simulated.
///
/// `init(attachingTo:)` plays the device's side of a real serial link instead: the gadget end
/// (`/dev/ttyGS0`) of a USB CDC-ACM function, whose host end is the `/dev/ttyACM0` the driver
/// reads. The device lab uses it to put simulated scanners and terminals behind a real USB tty.
/// An unplug hangs that tty up; the next read or write opens it again, as a device's firmware
/// starts talking again once the cable is back.
public final class PseudoTerminal: Sendable {
    private struct Descriptors {
        var master: FileDescriptor
        /// Nil for an attached tty: there the driver's end is in another kernel object.
        var slave: FileDescriptor?
    }

    public let slavePath: String
    private let descriptors: Mutex<Descriptors?>
    private let attached: Bool

    public init() throws(DeviceError) {
        var name = [CChar](repeating: 0, count: 128)
        let rawMaster = hub_open_pty(&name, name.count)
        guard rawMaster >= 0 else {
            throw Self.failure("open a pseudo-terminal")
        }
        let master = FileDescriptor(rawValue: rawMaster)
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave: FileDescriptor
        do {
            slave = try FileDescriptor.open(
                FilePath(path), .readWrite, options: [FileDescriptor.OpenOptions(rawValue: O_NOCTTY), .closeOnExec]
            )
        } catch {
            try? master.close()
            throw DeviceError(.pseudoTerminalFailed, "could not open the pseudo-terminal slave \(path): \(error) — check that /dev/pts is mounted")
        }
        do {
            try RawTerminalMode.apply(to: master.rawValue, speed: nil, path: path)
            try RawTerminalMode.apply(to: slave.rawValue, speed: nil, path: path)
            _ = fcntl(rawMaster, F_SETFL, fcntl(rawMaster, F_GETFL) | O_NONBLOCK)
        } catch {
            try? master.close()
            try? slave.close()
            throw error
        }
        slavePath = path
        attached = false
        descriptors = Mutex(Descriptors(master: master, slave: slave))
    }

    /// Opens an existing tty, raw and non-blocking, as the device's end of the link; `slavePath`
    /// is then that tty's own path.
    public init(attachingTo path: String) throws(DeviceError) {
        slavePath = path
        attached = true
        descriptors = Mutex(Descriptors(master: try Self.openAttached(path), slave: nil))
    }

    /// Opened as the hub opens a serial scanner (non-blocking, raw, exclusive); the speed is
    /// irrelevant on a USB gadget's tty.
    private static func openAttached(_ path: String) throws(DeviceError) -> FileDescriptor {
        try SerialPort.open(path: path, baud: 9600).descriptor
    }

    /// After a hangup of an attached tty: the old descriptor is dead, a new open works again.
    private func reattach(_ state: inout Descriptors?) -> FileDescriptor? {
        guard attached, let current = state else { return nil }
        // The hung-up descriptor still holds the lock `SerialPort.open` takes on the tty; the new
        // open would find it taken by ourselves. Let go of it first, keep the descriptor until
        // the new one is open, so its number cannot be reused meanwhile.
        _ = flock(current.master.rawValue, LOCK_UN)
        guard let fresh = try? Self.openAttached(slavePath) else { return nil }
        try? state?.master.close()
        state?.master = fresh
        return fresh
    }

    deinit {
        close()
    }

    /// Sends bytes as if the device produced them. Throws instead of blocking when the kernel
    /// buffer is full, because nothing reading the slave must never hang the simulator.
    public func write(_ bytes: some Sequence<UInt8>) throws(DeviceError) {
        let data = Array(bytes)
        let result: Result<Void, DeviceError> = descriptors.withLock { state in
            guard let master = state?.master else {
                return .failure(DeviceError(.closed, "the simulated device \(slavePath) is closed — create a new one"))
            }
            let result = Self.writeAll(data, to: master, path: slavePath)
            guard case .failure(let error) = result, error.code == .writeFailed, let fresh = reattach(&state) else { return result }
            return Self.writeAll(data, to: fresh, path: slavePath)
        }
        try result.get()
    }

    /// Like `write`, but waits for the reader to make room, for feeding a device faster than it
    /// reads (flood tests and benchmarks); gives up after `timeout` without progress.
    public func write(_ bytes: [UInt8], waitingUpTo timeout: Duration) throws(DeviceError) {
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let result: Result<Void, DeviceError> = descriptors.withLock { state in
            guard let master = state?.master else {
                return .failure(DeviceError(.closed, "the simulated device \(slavePath) is closed — create a new one"))
            }
            return Self.writeWaiting(bytes, to: master, path: slavePath, milliseconds: milliseconds)
        }
        try result.get()
    }

    public func write(_ text: String) throws(DeviceError) {
        try write(Array(text.utf8))
    }

    /// Reads what the driver wrote to the slave, waiting up to `timeout` for the first byte;
    /// an empty result means nothing arrived. Used by simulated devices that answer (the ZVT
    /// terminal). Call it from one thread at a time, and not concurrently with `close`.
    public func read(upTo count: Int = 4096, timeout: Duration) throws(DeviceError) -> [UInt8] {
        try read(upTo: count, timeout: timeout, wake: nil)
    }

    /// As `read(upTo:timeout:)`, also returning empty when `wake` is poked.
    func read(upTo count: Int, timeout: Duration, wake: SimulatorWake?) throws(DeviceError) -> [UInt8] {
        guard let master = descriptors.withLock({ $0?.master }) else {
            throw DeviceError(.closed, "the simulated device \(slavePath) is closed — create a new one")
        }
        if let wake {
            guard wake.wait(forReadable: master.rawValue, upTo: timeout) else { return [] }
        } else {
            var readable = pollfd(fd: master.rawValue, events: Int16(POLLIN), revents: 0)
            guard poll(&readable, 1, timeout.pollMilliseconds) > 0 else { return [] }
        }
        var buffer = [UInt8](repeating: 0, count: max(1, count))
        do {
            let got = try buffer.withUnsafeMutableBytes { try master.read(into: $0) }
            if got == 0 && attached {
                _ = descriptors.withLock { reattach(&$0) }
            }
            return Array(buffer.prefix(got))
        } catch Errno.resourceTemporarilyUnavailable {
            return []
        } catch Errno.interrupted {
            return []
        } catch {
            if descriptors.withLock({ reattach(&$0) }) != nil { return [] }
            throw DeviceError(.closed, "could not read the simulated device \(slavePath): \(error)")
        }
    }

    /// Closes both ends; readers of the slave then see a hangup, like an unplugged scanner.
    public func close() {
        let taken = descriptors.withLock { state in
            defer { state = nil }
            return state
        }
        guard let taken else { return }
        try? taken.master.close()
        try? taken.slave?.close()
    }

    private static func writeAll(_ data: [UInt8], to fd: FileDescriptor, path: String) -> Result<Void, DeviceError> {
        var offset = 0
        while offset < data.count {
            do {
                offset += try data[offset...].withUnsafeBytes { try fd.write($0) }
            } catch Errno.resourceTemporarilyUnavailable {
                return .failure(DeviceError(.wouldBlock, "the simulated device \(path) is full — nothing is reading it; start the driver first"))
            } catch {
                return .failure(DeviceError(.writeFailed, "could not write to the simulated device \(path): \(error)"))
            }
        }
        return .success(())
    }

    private static func writeWaiting(_ data: [UInt8], to fd: FileDescriptor, path: String, milliseconds: Int32) -> Result<Void, DeviceError> {
        var offset = 0
        while offset < data.count {
            do {
                offset += try data[offset...].withUnsafeBytes { try fd.write($0) }
            } catch Errno.resourceTemporarilyUnavailable {
                var writable = pollfd(fd: fd.rawValue, events: Int16(POLLOUT), revents: 0)
                if poll(&writable, 1, milliseconds) == 0 {
                    return .failure(DeviceError(.wouldBlock, "the simulated device \(path) stayed full — nothing is reading it"))
                }
            } catch {
                return .failure(DeviceError(.writeFailed, "could not write to the simulated device \(path): \(error)"))
            }
        }
        return .success(())
    }

    private static func failure(_ action: String) -> DeviceError {
        let reason = String(cString: strerror(errno))
        return DeviceError(.pseudoTerminalFailed, "could not \(action) (\(reason)) — check that /dev/pts is mounted")
    }
}
