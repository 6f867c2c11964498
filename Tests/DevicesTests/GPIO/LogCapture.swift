import Logging
import Synchronization

/// A log handler that keeps messages, so tests can check that a degraded device logs once.
final class LogCapture: Sendable {
    private let messages = Mutex<[(Logger.Level, String)]>([])

    var logger: Logger {
        Logger(label: "test") { _ in Handler(capture: self) }
    }

    func count(containing text: String) -> Int {
        messages.withLock { $0.filter { $0.1.contains(text) }.count }
    }

    fileprivate func append(_ level: Logger.Level, _ message: String) {
        messages.withLock { $0.append((level, message)) }
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            capture.append(event.level, "\(event.message)")
        }
    }
}
