import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The body of a `FileDescriptorReader` thread: poll until input or the decoder's deadline,
/// read a bounded chunk or flush, queue the outputs.
struct ReadLoop<Decoder: ByteStreamDecoder>: Sendable {
    typealias Event = FileDescriptorReader.Event<Decoder.Output>

    let device: FileDescriptor
    let wake: FileDescriptor
    let decoder: Decoder
    let name: String
    let logger: Logger
    let chunkSize: Int
    let continuation: AsyncStream<Event>.Continuation
    /// Answered whenever the wake pipe brings a ping; nil outside a supervised driver.
    let ping: PingSlot?

    private enum Wait {
        case readable
        /// The kernel flagged the node as gone or hung up; a read then tells why (ENODEV for a
        /// removed input device, EIO or end of file for a tty) after any bytes still queued.
        case hangup
        case timeout
        case stop(String?)
    }

    /// How soon to retry queueing the count of dropped outputs once the device went quiet.
    private static var overflowRetry: Duration { .milliseconds(100) }

    func run() {
        var decoder = decoder
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        let closedReason = readUntilStopped(&decoder, buffer: &buffer)
        ping?.retire()
        try? device.close()
        try? wake.close()
        if let closedReason {
            continuation.yield(.closed(closedReason))
        }
        continuation.finish()
    }

    /// Returns why the device closed, or nil when the consumer went away. `overflowing` counts
    /// outputs dropped since the queue last had room; the count is queued as soon as there is
    /// room again, so every dropped code is accounted for.
    private func readUntilStopped(_ decoder: inout Decoder, buffer: inout [UInt8]) -> String? {
        var overflowing = 0
        while true {
            let retry = overflowing > 0 ? ContinuousClock.now + Self.overflowRetry : nil
            let outputs: [Decoder.Output]
            switch waitForInput(until: [decoder.deadline, retry].compactMap { $0 }.min()) {
            case .stop(let reason):
                return reason
            case .timeout:
                outputs = decoder.flush(at: .now)
            case .readable:
                switch readChunk(into: &buffer) {
                case .success(let bytes):
                    FailPoint.stall("read", device: name)
                    outputs = bytes.isEmpty ? [] : decoder.feed(bytes, at: .now)
                case .failure(let stop):
                    return stop.reason
                }
            case .hangup:
                switch readChunk(into: &buffer) {
                case .success(let bytes) where !bytes.isEmpty:
                    outputs = decoder.feed(bytes, at: .now)
                case .success:
                    return "hangup — the device was unplugged or closed"
                case .failure(let stop):
                    return stop.reason
                }
            }
            guard deliver(outputs, overflowing: &overflowing) else { return nil }
        }
    }

    private func waitForInput(until deadline: ContinuousClock.Instant?) -> Wait {
        var fds = [
            pollfd(fd: device.rawValue, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.rawValue, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&fds, nfds_t(fds.count), Self.milliseconds(until: deadline))
            if ready < 0 {
                if errno == EINTR { continue }
                return .stop("waiting for input failed (\(String(cString: strerror(errno))))")
            }
            if ready == 0 {
                return .timeout
            }
            if fds[1].revents != 0 {
                guard drainPing() else { return .stop(nil) }
                continue
            }
            if fds[0].revents & Int16(POLLIN) != 0 {
                return .readable
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return .hangup
            }
        }
    }

    /// Reads the ping bytes and answers; false when the pipe's write end closed (stop).
    private func drainPing() -> Bool {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = (try? bytes.withUnsafeMutableBytes { try wake.read(into: $0) }) ?? 0
        guard count > 0 else { return false }
        ping?.answer()
        return true
    }

    /// The poll timeout for a deadline, rounded up so a flush never runs early.
    static func milliseconds(until deadline: ContinuousClock.Instant?) -> CInt {
        guard let deadline else { return -1 }
        let remaining = deadline - .now
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return CInt(clamping: millis)
    }

    private struct Stop: Error {
        let reason: String?
    }

    private func readChunk(into buffer: inout [UInt8]) -> Result<[UInt8], Stop> {
        let count: Int
        do {
            count = try buffer.withUnsafeMutableBytes { try device.read(into: $0) }
        } catch Errno.resourceTemporarilyUnavailable {
            return .success([])
        } catch let error as Errno {
            return .failure(Stop(reason: "read failed (\(error)) — the device was unplugged or reset"))
        } catch {
            return .failure(Stop(reason: "read failed (\(error))"))
        }
        if count == 0 {
            return .failure(Stop(reason: "end of file — the other side closed the device"))
        }
        return .success(Array(buffer[..<count]))
    }

    /// Queues outputs; false once nobody listens any more.
    private func deliver(_ outputs: [Decoder.Output], overflowing: inout Int) -> Bool {
        if overflowing > 0, case .enqueued = continuation.yield(.overflow(overflowing)) {
            overflowing = 0
        }
        for output in outputs {
            switch continuation.yield(.output(output)) {
            case .enqueued:
                break
            case .dropped:
                if overflowing == 0 {
                    logger.warning("input dropped: the hub is not keeping up", metadata: ["device": "\(name)"])
                }
                overflowing += 1
            case .terminated:
                return false
            @unknown default:
                return false
            }
        }
        return true
    }
}
