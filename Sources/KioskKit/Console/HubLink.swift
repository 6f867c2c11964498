/// Keeps the console's event stream to hubd open, reconnecting with backoff when it drops.
///
/// The only loop that retries on a timer: 0.5 s doubling to 5 s, back to 0.5 s once hubd
/// answers, so a restarted hubd is picked up within seconds without hammering a dead socket.
struct HubLink: Sendable {
    let client: HubClient
    static let firstDelay = Duration.milliseconds(500)
    static let maxDelay = Duration.seconds(5)

    func maintain(deliver: @Sendable (ConsoleInput) -> Void) async {
        var delay = Self.firstDelay
        while !Task.isCancelled {
            do {
                for try await item in client.consoleFeed() {
                    switch item {
                    case .connected:
                        delay = Self.firstDelay
                        deliver(.connected)
                    case .screen(let screen):
                        deliver(.pushed(screen))
                    }
                }
            } catch {
                // Unreachable or broken: the same as a stream that ended.
            }
            guard !Task.isCancelled else { return }
            deliver(.disconnected)
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, Self.maxDelay)
        }
    }
}
