import HubAPI

/// Sends the console's requests to hubd one at a time, in order, and turns each outcome into a
/// console input. One at a time, because a key must reach hubd before the one after it.
struct RequestSender: Sendable {
    let client: HubClient

    func run(_ requests: AsyncStream<PendingRequest>, deliver: @Sendable (ConsoleInput) -> Void) async {
        for await pending in requests {
            deliver(await outcome(of: pending))
        }
    }

    func outcome(of pending: PendingRequest) async -> ConsoleInput {
        do {
            return .answered(try await perform(pending.request), generation: pending.generation)
        } catch let error as KioskError where error.code == .notServed {
            // An older hubd without console routes: the console shows its own idle screen.
            return .answered(nil, generation: pending.generation)
        } catch let error as KioskError where error.code != .notRunning && error.code != .io {
            // hubd answered and said no, in the console's language: the resident reads why.
            return .refused(error.description, generation: pending.generation)
        } catch {
            return .unreachable(generation: pending.generation)
        }
    }

    private func perform(_ request: ConsoleRequest) async throws -> ConsoleScreen {
        switch request {
        case .fetchScreen: try await client.consoleScreen()
        case .key(let key, let session): try await client.press(key: key, session: session)
        case .entry(let value, let session): try await client.enter(value: value, session: session)
        case .reset(let session): try await client.reset(session: session)
        }
    }
}
