/// A GPIO line requested for edge events (a kiosk button).
///
/// The wait blocks, so it is only ever called on a dedicated reading thread; the timeout lets
/// that thread notice cancellation without signals or extra descriptors.
public protocol GPIOInput: Sendable {
    var offset: Int { get }
    /// Waits up to `timeout` for the next edge; nil when none came in time.
    func waitForEdge(timeout: Duration) throws(GPIOError) -> GPIOEdge?
}
