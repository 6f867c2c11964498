import Foundation
import Synchronization

/// A simulated "now" for generated history: day N at 10:00 after the start.
final class BenchClock: Sendable {
    private let start: Date
    private let current: Mutex<Date>

    init(start: Date) {
        self.start = start
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func set(day: Int) {
        current.withLock { $0 = start.addingTimeInterval(Double(day) * 86_400 + 36_000) }
    }
}
