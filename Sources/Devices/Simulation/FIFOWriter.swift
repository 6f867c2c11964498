import Foundation
import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// A FIFO that stands in for an evdev node under `hubd --simulate`: the driver reads
/// `input_event` records from it exactly as from `/dev/input/event*`.
public final class FIFOWriter: Sendable {
    public let path: String
    private let descriptor: Mutex<FileDescriptor?>

    /// Opened read-write so writing never waits for, or fails without, a reader.
    public init(path: String) throws(DeviceError) {
        unlink(path)
        guard mkfifo(path, 0o600) == 0 else {
            throw DeviceError(.openFailed, "could not create the simulated device \(path) (\(String(cString: strerror(errno)))) — check the data directory is writable")
        }
        do {
            descriptor = Mutex(try FileDescriptor.open(path, .readWrite, options: [.nonBlocking, .closeOnExec]))
        } catch {
            throw DeviceError(.openFailed, "could not open the simulated device \(path): \(error)")
        }
        self.path = path
    }

    public func write(_ bytes: [UInt8]) throws(DeviceError) {
        let result: Result<Void, DeviceError> = descriptor.withLock { fd in
            guard let fd else { return .failure(DeviceError(.closed, "the simulated device \(path) is closed")) }
            do {
                var offset = 0
                while offset < bytes.count {
                    offset += try bytes[offset...].withUnsafeBytes { try fd.write($0) }
                }
                return .success(())
            } catch {
                return .failure(DeviceError(.writeFailed, "could not write to the simulated device \(path): \(error) — is hubd reading it?"))
            }
        }
        try result.get()
    }

    deinit {
        descriptor.withLock { fd in
            try? fd?.close()
            fd = nil
        }
        unlink(path)
    }
}
