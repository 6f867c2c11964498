import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the keypad from a file descriptor on a dispatch queue (never blocking a thread of the
/// shared pool) and delivers decoded keys.
///
/// A lone ESC is held for `escapeDelay` in case the rest of a keypad sequence follows, then
/// given up as one `.other` key; end of input (the terminal went away) ends the console.
///
/// `@unchecked Sendable`: dispatch sources are thread-safe (cancel and the handlers may be used
/// from any thread) but Foundation on Linux does not mark them `Sendable`; the decoder state is
/// behind a `Mutex`.
final class KeyboardReader: @unchecked Sendable {
    private struct State {
        var decoder = KeyDecoder()
        /// Bumped on every read, so a late flush for an older read does nothing.
        var reads = 0
    }

    static let escapeDelay = DispatchTimeInterval.milliseconds(60)
    private let source: any DispatchSourceRead
    private let state = Mutex(State())

    init(fd: Int32, queue: DispatchQueue, deliver: @escaping @Sendable (ConsoleInput) -> Void) {
        source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler { [weak self] in
            self?.readAvailable(fd: fd, queue: queue, deliver: deliver)
        }
        source.resume()
    }

    func stop() {
        source.cancel()
    }

    private func readAvailable(fd: Int32, queue: DispatchQueue, deliver: @escaping @Sendable (ConsoleInput) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR || errno == EAGAIN { return }
        guard count > 0 else {
            source.cancel()
            deliver(.terminate)
            return
        }
        let (keys, pending, reads) = state.withLock { state in
            state.reads += 1
            return (state.decoder.feed(buffer.prefix(count)), state.decoder.isPending, state.reads)
        }
        keys.forEach { deliver(.key($0)) }
        guard pending else { return }
        queue.asyncAfter(deadline: .now() + Self.escapeDelay) { [weak self] in
            self?.flush(ifStill: reads, deliver: deliver)
        }
    }

    private func flush(ifStill reads: Int, deliver: @Sendable (ConsoleInput) -> Void) {
        let keys = state.withLock { state in
            state.reads == reads ? state.decoder.flush() : []
        }
        keys.forEach { deliver(.key($0)) }
    }
}
