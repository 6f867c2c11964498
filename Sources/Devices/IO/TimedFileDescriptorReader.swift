import Foundation
import Logging
import SystemPackage

/// `FileDescriptorReader` for decoders that act on silence: the same dedicated thread, wake
/// pipe and bounded queue, with the poll timeout set from the decoder's deadline.
enum TimedFileDescriptorReader {
    static func start<Decoder: TimedByteStreamDecoder>(
        _ device: FileDescriptor,
        decoder: Decoder,
        name: String,
        logger: Logger,
        chunkSize: Int = 512,
        queueLimit: Int = 64
    ) throws(DeviceError) -> AsyncStream<FileDescriptorReader.Event<Decoder.Output>> {
        let wakeRead: FileDescriptor
        let wakeWrite: FileDescriptor
        do {
            (wakeRead, wakeWrite) = try FileDescriptor.pipe(options: [.closeOnExec])
        } catch {
            try? device.close()
            throw DeviceError(.openFailed, "could not create a wake pipe for \(name) (\(error)) — the hub may be out of file descriptors")
        }
        let (stream, continuation) = AsyncStream.makeStream(
            of: FileDescriptorReader.Event<Decoder.Output>.self, bufferingPolicy: .bufferingOldest(queueLimit)
        )
        continuation.onTermination = { _ in try? wakeWrite.close() }
        let loop = TimedReadLoop(
            device: device, wake: wakeRead, decoder: decoder, name: name, logger: logger,
            chunkSize: max(1, chunkSize), continuation: continuation
        )
        let thread = Thread { loop.run() }
        thread.name = "hub-read-\(name)"
        thread.start()
        return stream
    }
}
