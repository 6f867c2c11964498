/// Forwards a driver's state only when it changes, so a device polled every 500 ms while
/// missing does not rewrite its "since" time or the log on every attempt.
struct StateReporter {
    let sink: StateSink
    private var last: DeviceState?

    init(sink: @escaping StateSink) {
        self.sink = sink
    }

    /// Returns whether the state was new and therefore forwarded.
    @discardableResult
    mutating func report(_ state: DeviceState) async -> Bool {
        guard state != last else { return false }
        last = state
        await sink(state)
        return true
    }
}
