import Foundation
import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a non-blocking device descriptor on a dedicated thread and hands decoded outputs to
/// async code.
///
/// A blocking `poll` on a cooperative thread would starve the other drivers on a small Pi, so
/// the wait happens on a thread of its own. Cancellation (the stream's consumer going away)
/// closes a wake pipe, which ends the poll immediately; a byte in the same pipe asks the thread
/// to answer a liveness ping (`LoopPings`), so an idle reader still never wakes on a timer. The thread owns the device descriptor
/// and closes it on every exit path. Decoding happens on the thread so that only a bounded
/// number of already-framed outputs is ever queued.
enum FileDescriptorReader {
    enum Event<Output: Sendable>: Sendable {
        case output(Output)
        /// The device went away (hangup, EIO, ENXIO, end of file); the reason is for staff.
        case closed(String)
        /// This many outputs were dropped because the queue was full: the hub did not keep up.
        case overflow(Int)
    }

    static func start<Decoder: ByteStreamDecoder>(
        _ device: FileDescriptor,
        decoder: Decoder,
        name: String,
        logger: Logger,
        chunkSize: Int = 512,
        queueLimit: Int = 64
    ) throws(DeviceError) -> AsyncStream<Event<Decoder.Output>> {
        let wakeRead: FileDescriptor
        let wakeWrite: FileDescriptor
        do {
            (wakeRead, wakeWrite) = try FileDescriptor.pipe(options: [.closeOnExec])
        } catch {
            try? device.close()
            throw DeviceError(.openFailed, "could not create a wake pipe for \(name) (\(error)) — the hub may be out of file descriptors")
        }
        let (stream, continuation) = AsyncStream.makeStream(
            of: Event<Decoder.Output>.self, bufferingPolicy: .bufferingOldest(queueLimit)
        )
        let wake = WakePipe(wakeWrite)
        continuation.onTermination = { _ in wake.close() }
        let loop = ReadLoop(
            device: device, wake: wakeRead, decoder: decoder, name: name, logger: logger,
            chunkSize: max(1, chunkSize), continuation: continuation, ping: LoopPings.enrol { wake.poke() }
        )
        DeviceThread.start("hub-read-\(name)") { loop.run() }
        return stream
    }
}
