import Foundation
import Inventory
import Logging

/// `BUURHUB_FAKE_NOW=2027-02-21T09:00:00Z` starts hubd's clock at that moment and lets it run
/// from there. It exists so tests and demos can reach week 12 of a loan or a day end without
/// waiting; a real hub never sets it, and hubd says so loudly in the journal when it is set.
enum ClockOverride {
    static let variable = "BUURHUB_FAKE_NOW"

    static func isSet(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !(environment[variable] ?? "").isEmpty
    }

    static func calendar(environment: [String: String] = ProcessInfo.processInfo.environment, logger: Logger) -> HubCalendar {
        guard let raw = environment[variable], !raw.isEmpty else { return HubCalendar() }
        guard let start = ISO8601DateFormatter().date(from: raw) else {
            logger.error("\(variable) is not an ISO 8601 time like 2027-02-21T09:00:00Z — using the real clock", metadata: ["value": "\(raw)"])
            return HubCalendar()
        }
        logger.warning("hubd's clock is overridden for testing — unset \(variable) on a real hub", metadata: ["now": "\(raw)"])
        let offset = start.timeIntervalSinceNow
        return HubCalendar(now: { Date().addingTimeInterval(offset) })
    }
}
