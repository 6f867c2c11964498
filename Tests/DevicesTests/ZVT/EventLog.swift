import Synchronization

/// One ordered record of what the adapter sent and when the journal ran, shared by the fake
/// link and the test's callbacks, so tests can assert the order of the two.
final class EventLog: Sendable {
    private let entries = Mutex<[String]>([])

    var all: [String] { entries.withLock { $0 } }

    func append(_ entry: String) {
        entries.withLock { $0.append(entry) }
    }
}
