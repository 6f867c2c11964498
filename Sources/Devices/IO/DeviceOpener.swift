import Logging

/// The wait-for-the-node loop every driver shares. A node that is missing, not yet permitted
/// (udev sets modes after the node appears) or half-gone after an unplug is waited for and
/// shown as `waiting`; `retriedAsError` codes (a grab held by another process) are shown as
/// `error` and retried with backoff; anything else is a configuration problem and thrown.
///
/// With a `path` (or the USB bus, for libusb devices), a missing device is waited for by a
/// `NodeWatch` rather than looked for every `retry`: an idle hub with a scanner unplugged then
/// does not wake at all.
struct DeviceOpener {
    static let waitedFor: [DeviceError.Code] = [.notFound, .permissionDenied, .notReady]
    /// Even with a watch the node is tried this often, in case a change came in a way inotify
    /// does not report (a filesystem without it, a node made before the watch saw its directory).
    static let watchFallback: Duration = .seconds(30)

    var retry: Duration
    /// The node to watch for while it is missing; nil looks again every `retry`.
    var path: String?
    /// A USB device found through libusb has no node path of its own: the bus directories are
    /// watched instead (`NodeWatch.startForUSB`).
    var watchesUSBBus = false
    var retriedAsError: [DeviceError.Code] = []
    var errorBackoff = RetryBackoff()
    let logger: Logger

    /// Returns nil when the task is cancelled.
    mutating func open<Handle>(
        reporter: inout StateReporter, _ attempt: () throws(DeviceError) -> Handle
    ) async throws -> Handle? {
        var watch: NodeWatch?
        while !Task.isCancelled {
            // Result instead of `catch where`: Swift 6.3.1 crashes in SILGen on the latter with typed throws.
            let error: DeviceError
            switch Result(catching: attempt) {
            case .success(let handle):
                await watch?.end()
                return handle
            case .failure(let failure):
                error = failure
            }
            if retriedAsError.contains(error.code) {
                if await reporter.report(.error(error.message)) { logger.error("\(error.message)") }
                try? await Task.sleep(for: errorBackoff.next())
                continue
            }
            guard Self.waitedFor.contains(error.code) else { throw error }
            if await reporter.report(.waiting(error.message)) { logger.info("\(error.message)") }
            if let current = watch {
                await current.changed(within: Self.watchFallback)
                watch = nil
            } else if let started = startWatch(for: error.code) {
                // Watched from now on; one more try at once covers a node that came meanwhile.
                watch = started
            } else {
                try? await Task.sleep(for: retry)
            }
        }
        await watch?.end()
        return nil
    }

    /// nil for a device that is there but not ready (a descriptor that did not read): no node
    /// will change for that, so it is tried again after `retry`.
    private func startWatch(for code: DeviceError.Code) -> NodeWatch? {
        if watchesUSBBus {
            return code == .notReady ? nil : NodeWatch.startForUSB(name: logger.label, logger: logger)
        }
        return path.flatMap { NodeWatch.start(for: $0, present: code != .notFound, name: logger.label, logger: logger) }
    }
}
