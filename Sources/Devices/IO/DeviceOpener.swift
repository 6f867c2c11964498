import Logging

/// The wait-for-the-node loop every driver shares. A node that is missing, not yet permitted
/// (udev sets modes after the node appears) or half-gone after an unplug is waited for and
/// shown as `waiting`; `retriedAsError` codes (a grab held by another process) are shown as
/// `error` and retried with backoff; anything else is a configuration problem and thrown.
struct DeviceOpener {
    static let waitedFor: [DeviceError.Code] = [.notFound, .permissionDenied, .notReady]

    var retry: Duration
    var retriedAsError: [DeviceError.Code] = []
    var errorBackoff = RetryBackoff()
    let logger: Logger

    /// Returns nil when the task is cancelled.
    mutating func open<Handle>(
        reporter: inout StateReporter, _ attempt: () throws(DeviceError) -> Handle
    ) async throws -> Handle? {
        while !Task.isCancelled {
            // Result instead of `catch where`: Swift 6.3.1 crashes in SILGen on the latter with typed throws.
            let error: DeviceError
            switch Result(catching: attempt) {
            case .success(let handle):
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
            try? await Task.sleep(for: retry)
        }
        return nil
    }
}
