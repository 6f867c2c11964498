import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of a reading thread's wake pipe. A byte asks the thread to answer a ping;
/// closing the end tells it to stop. The lock keeps a poke from writing to a descriptor number
/// that `close` already gave back to the kernel (and another open may have reused).
final class WakePipe: Sendable {
    private let end: Mutex<FileDescriptor?>

    /// Non-blocking, so a poke never stalls the caller, whatever the thread is doing.
    init(_ writeEnd: FileDescriptor) {
        _ = fcntl(writeEnd.rawValue, F_SETFL, fcntl(writeEnd.rawValue, F_GETFL) | O_NONBLOCK)
        end = Mutex(writeEnd)
    }

    func poke() {
        end.withLock { end in
            guard let end else { return }
            _ = try? end.writeAll([UInt8(1)])
        }
    }

    func close() {
        end.withLock { end in
            try? end?.close()
            end = nil
        }
    }
}
