/// Fans live events out to every connected console. A subscriber that falls a whole buffer
/// behind is dropped (its stream ends and it reconnects) rather than holding up the scanner or
/// growing hubd's memory; the number of subscribers is bounded too.
public actor EventBroadcaster {
    private var subscribers: [Int: AsyncStream<HubEvent>.Continuation] = [:]
    private var nextID = 0
    /// Set at shutdown: a console that connects after it gets a stream that has already ended.
    private var finished = false
    private let bufferSize: Int

    public let maxSubscribers: Int

    public init(bufferSize: Int = 64, maxSubscribers: Int = 32) {
        self.bufferSize = bufferSize
        self.maxSubscribers = maxSubscribers
    }

    public func publish(_ event: HubEvent) {
        for (id, continuation) in subscribers {
            if case .dropped = continuation.yield(event) {
                continuation.finish()
                subscribers[id] = nil
            }
        }
    }

    /// No room for another subscriber: the caller should answer "try again later".
    public var isFull: Bool { subscribers.count >= maxSubscribers }

    public func subscribe() -> AsyncStream<HubEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: HubEvent.self, bufferingPolicy: .bufferingOldest(bufferSize))
        if finished {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    public var subscriberCount: Int { subscribers.count }

    private func remove(_ id: Int) {
        subscribers[id] = nil
    }

    /// Ends every stream, so open console connections close on shutdown.
    public func finishAll() {
        finished = true
        for continuation in subscribers.values {
            continuation.finish()
        }
        subscribers.removeAll()
    }
}
