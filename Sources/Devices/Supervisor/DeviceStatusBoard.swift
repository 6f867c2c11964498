import Foundation

/// The current state of every configured device, for `kiosk status` and the API.
///
/// An actor because every driver task reports into it concurrently while readers take
/// snapshots. `since` only moves when the state really changes, so it answers "how long has
/// this scanner been disconnected".
public actor DeviceStatusBoard {
    public struct Entry: Sendable, Equatable {
        public var state: DeviceState
        public var since: Date
        public var counters = DeviceCounters()
    }

    private var entries: [String: Entry] = [:]
    private var watchers: [UUID: AsyncStream<(String, DeviceState)>.Continuation] = [:]

    public init() {}

    public func update(_ device: String, to state: DeviceState, at time: Date = Date()) {
        guard entries[device]?.state != state else { return }
        let counters = entries[device]?.counters ?? DeviceCounters()
        entries[device] = Entry(state: state, since: time, counters: counters)
        for watcher in watchers.values {
            watcher.yield((device, state))
        }
    }

    public func recordDelivered(_ device: String) {
        entries[device, default: Entry(state: .unused, since: Date())].counters.delivered += 1
    }

    public func recordDropped(_ device: String, reason: InputRejection.Code, count: Int = 1) {
        entries[device, default: Entry(state: .unused, since: Date())].counters.dropped[reason.description, default: 0] += count
    }

    public func state(of device: String) -> DeviceState? {
        entries[device]?.state
    }

    public func entry(for device: String) -> Entry? {
        entries[device]
    }

    public func snapshot() -> [String: Entry] {
        entries
    }

    /// State changes from now on, for tests and live status views; the newest 64 are kept if the
    /// reader falls behind.
    public func changes() -> AsyncStream<(String, DeviceState)> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: (String, DeviceState).self, bufferingPolicy: .bufferingNewest(64)
        )
        let id = UUID()
        watchers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.removeWatcher(id) }
        }
        return stream
    }

    private func removeWatcher(_ id: UUID) {
        watchers[id] = nil
    }
}
