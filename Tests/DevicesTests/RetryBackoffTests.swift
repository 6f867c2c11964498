import Devices
import Testing

@Suite struct RetryBackoffTests {
    @Test func doublesUpToTheMaximumAndResets() {
        var backoff = RetryBackoff(initial: .milliseconds(250), maximum: .seconds(5))
        let delays = (0..<7).map { _ in backoff.next() }
        #expect(delays == [.milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
        backoff.reset()
        #expect(backoff.next() == .milliseconds(250))
    }
}
