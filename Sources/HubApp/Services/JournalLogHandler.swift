import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Log lines for journald: under systemd, stderr is a journal stream, and a `<N>` prefix (the
/// syslog priority) lets `journalctl -p warning` and the console's colours tell levels apart.
/// journald stamps time and unit itself, so the line is only priority, message and metadata,
/// one event per line: a newline inside a message is written as `\n`, so a crafted barcode or
/// reason can never fake a second entry.
struct JournalLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let label: String

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// True when systemd connected stderr to the journal: `JOURNAL_STREAM` names stderr's own
    /// device and inode (systemd.exec(5)), so a redirect by hand falls back to plain lines.
    static func stderrIsJournal(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let stream = environment["JOURNAL_STREAM"] else { return false }
        var status = stat()
        guard fstat(STDERR_FILENO, &status) == 0 else { return false }
        return stream == "\(status.st_dev):\(status.st_ino)"
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text = "<\(Self.priority(event.level))>\(label): \(fields.isEmpty ? "" : fields + " ")\(event.message) [\(event.source)]"
        let line = text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// How hubd logs: journal lines under systemd, swift-log's timestamped lines everywhere else.
public enum HubLogging {
    public static func bootstrap(level: Logger.Level) {
        let journal = JournalLogHandler.stderrIsJournal()
        LoggingSystem.bootstrap { label in
            if journal {
                var handler = JournalLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
