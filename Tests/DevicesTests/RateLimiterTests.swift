import Devices
import Testing

@Suite struct RateLimiterTests {
    private let start = ContinuousClock.now

    @Test func burstBeyondTheLimitIsRejectedOnce() {
        var limiter = RateLimiter(maxPerSecond: 20)
        let decisions = (0..<30).map { _ in limiter.decide(at: start) }
        #expect(decisions.prefix(20).allSatisfy { $0 == .admitted })
        #expect(decisions[20] == .firstRejected)
        #expect(decisions.suffix(9).allSatisfy { $0 == .rejected })
    }

    @Test func quietPeriodEndsTheBurst() {
        var limiter = RateLimiter(maxPerSecond: 2)
        _ = (0..<3).map { _ in limiter.decide(at: start) }
        let later = start + .seconds(2)
        #expect(limiter.decide(at: later) == .admitted)
        #expect(limiter.decide(at: later) == .admitted)
        #expect(limiter.decide(at: later) == .firstRejected)
    }

    @Test func sustainedFloodJustAboveTheLimitIsOneBurst() {
        var limiter = RateLimiter(maxPerSecond: 10)
        var firsts = 0
        var admitted = 0
        for step in 0..<60 {
            switch limiter.decide(at: start + .milliseconds(50 * step)) {
            case .admitted: admitted += 1
            case .firstRejected: firsts += 1
            case .rejected: break
            }
        }
        #expect(firsts == 1)
        #expect(admitted >= 30)
    }

    @Test func zeroLimitStillAdmitsOne() {
        var limiter = RateLimiter(maxPerSecond: 0)
        #expect(limiter.decide(at: start) == .admitted)
        #expect(limiter.decide(at: start) == .firstRejected)
    }

    @Test func rejectionSaysWhatToDo() {
        let rejection = RateLimiter.rejection(limit: 20)
        #expect(rejection.code == .rateLimited)
        #expect(rejection.message.contains("20"))
        #expect(rejection.message.contains("trigger mode"))
    }
}
