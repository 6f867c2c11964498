import Foundation
import Logging

/// Reads a claimed HID interface on a dedicated thread and hands decoded payloads to async code.
///
/// `libusb_interrupt_transfer` blocks, so it must not run on the cooperative pool that all
/// drivers share on a small Pi. Each transfer times out after `timeout` so the thread notices
/// cancellation (the stream's consumer going away) within that time, and answers a liveness
/// ping (`LoopPings`) then too, so a ping needs no wake of its own. The thread owns the
/// handle from the start and closes it on every exit path, which also gives the interface back
/// to the kernel driver. Decoding happens on the thread, so only a bounded number of finished
/// payloads is ever queued. The returned `ThreadExit` tells when the thread is done, handle
/// closed, so a stopping driver can wait for the interface to be back with the kernel.
enum HIDInterruptReader {
    static func start(
        _ handle: LibUSBHIDHandle,
        decoder: any HIDReportDecoder,
        name: String,
        logger: Logger,
        timeout: Duration = .milliseconds(100),
        queueLimit: Int = 64
    ) -> (events: AsyncStream<HIDReadEvent>, exit: ThreadExit) {
        let stop = StopFlag()
        let (stream, continuation) = AsyncStream.makeStream(of: HIDReadEvent.self, bufferingPolicy: .bufferingOldest(queueLimit))
        continuation.onTermination = { _ in stop.set() }
        let loop = HIDReadLoop(
            handle: handle, decoder: decoder, name: name, logger: logger,
            timeoutMilliseconds: Self.milliseconds(timeout), stop: stop, continuation: continuation,
            ping: LoopPings.enrol {}
        )
        let exit = ThreadExit()
        DeviceThread.start("hub-hid-\(name)") {
            loop.run()
            exit.signal()
        }
        return (stream, exit)
    }

    /// At least 1 ms: libusb treats 0 as "wait forever", which would hide cancellation.
    static func milliseconds(_ duration: Duration) -> UInt32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return UInt32(clamping: max(1, total))
    }
}
