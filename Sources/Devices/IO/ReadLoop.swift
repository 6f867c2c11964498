import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The body of a `FileDescriptorReader` thread: poll, read a bounded chunk, decode, queue.
struct ReadLoop<Decoder: ByteStreamDecoder>: Sendable {
    typealias Event = FileDescriptorReader.Event<Decoder.Output>

    let device: FileDescriptor
    let wake: FileDescriptor
    let decoder: Decoder
    let name: String
    let logger: Logger
    let chunkSize: Int
    let continuation: AsyncStream<Event>.Continuation

    private enum Step {
        case again
        case idle
        case stop(String?)
    }

    func run() {
        var decoder = decoder
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var overflowing = 0
        var closedReason: String?
        loop: while true {
            switch waitForInput(timeout: overflowing > 0 ? 100 : -1) {
            case .stop(let reason):
                closedReason = reason
                break loop
            case .idle:
                flushOverflow(&overflowing)
                continue
            case .again:
                break
            }
            switch readChunk(into: &buffer, decoder: &decoder, overflowing: &overflowing) {
            case .stop(let reason):
                closedReason = reason
                break loop
            case .again, .idle:
                continue
            }
        }
        try? device.close()
        try? wake.close()
        if let closedReason {
            continuation.yield(.closed(closedReason))
        }
        continuation.finish()
    }

    /// Drops still uncounted once the device went quiet are queued as soon as there is room.
    private func flushOverflow(_ overflowing: inout Int) {
        if overflowing > 0, case .enqueued = continuation.yield(.overflow(overflowing)) {
            overflowing = 0
        }
    }

    /// Returns `.again` when the device is readable, `.idle` after `timeout` ms without input;
    /// hangup without data ends the loop.
    private func waitForInput(timeout: Int32) -> Step {
        var fds = [
            pollfd(fd: device.rawValue, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.rawValue, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return .stop("waiting for input failed (\(String(cString: strerror(errno))))")
            }
            if ready == 0 {
                return .idle
            }
            if fds[1].revents != 0 {
                return .stop(nil)
            }
            let events = fds[0].revents
            if events & Int16(POLLIN) != 0 {
                return .again
            }
            if events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return .stop("hangup — the device was unplugged or closed")
            }
        }
    }

    /// `overflowing` counts outputs dropped since the queue last had room; the count is queued
    /// as soon as there is room again, so every dropped code is accounted for.
    private func readChunk(into buffer: inout [UInt8], decoder: inout Decoder, overflowing: inout Int) -> Step {
        let count: Int
        do {
            count = try buffer.withUnsafeMutableBytes { try device.read(into: $0) }
        } catch Errno.resourceTemporarilyUnavailable {
            return .again
        } catch let error as Errno {
            return .stop("read failed (\(error)) — the device was unplugged or reset")
        } catch {
            return .stop("read failed (\(error))")
        }
        if count == 0 {
            return .stop("end of file — the other side closed the line")
        }
        for output in decoder.feed(Array(buffer[..<count])) {
            flushOverflow(&overflowing)
            switch continuation.yield(.output(output)) {
            case .enqueued:
                break
            case .dropped:
                if overflowing == 0 {
                    logger.warning("input dropped: the hub is not keeping up", metadata: ["device": "\(name)"])
                }
                overflowing += 1
            case .terminated:
                return .stop(nil)
            @unknown default:
                return .stop(nil)
            }
        }
        return .again
    }
}
