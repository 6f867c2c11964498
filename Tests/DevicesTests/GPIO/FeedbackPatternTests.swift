import Devices
import Testing

@Suite("Feedback patterns")
struct FeedbackPatternTests {
    typealias Step = FeedbackPattern.Step

    @Test("every pattern ends with all outputs off", arguments: FeedbackSignal.allCases)
    func endsDark(signal: FeedbackSignal) {
        let pattern = FeedbackPattern.pattern(for: signal)
        #expect(pattern.outputsLeftOn.isEmpty)
        #expect(!pattern.steps.isEmpty)
    }

    @Test("steps are in time order", arguments: FeedbackSignal.allCases)
    func ordered(signal: FeedbackSignal) {
        let times = FeedbackPattern.pattern(for: signal).steps.map(\.at)
        #expect(times == times.sorted())
    }

    @Test("accepted: green with one 80 ms beep, green off after 600 ms")
    func accepted() {
        #expect(FeedbackPattern.accepted.steps == [
            Step(at: .zero, .green, true),
            Step(at: .zero, .buzzer, true),
            Step(at: .milliseconds(80), .buzzer, false),
            Step(at: .milliseconds(600), .green, false),
        ])
    }

    @Test("rejected: red with two 120 ms beeps 100 ms apart, red off after 1 s")
    func rejected() {
        #expect(FeedbackPattern.rejected.steps == [
            Step(at: .zero, .red, true),
            Step(at: .zero, .buzzer, true),
            Step(at: .milliseconds(120), .buzzer, false),
            Step(at: .milliseconds(220), .buzzer, true),
            Step(at: .milliseconds(340), .buzzer, false),
            Step(at: .seconds(1), .red, false),
        ])
    }

    @Test("duplicate: green with two very short chirps, distinct from accepted")
    func duplicate() {
        let pattern = FeedbackPattern.duplicate
        #expect(pattern.steps == [
            Step(at: .zero, .green, true),
            Step(at: .zero, .buzzer, true),
            Step(at: .milliseconds(40), .buzzer, false),
            Step(at: .milliseconds(100), .buzzer, true),
            Step(at: .milliseconds(140), .buzzer, false),
            Step(at: .milliseconds(600), .green, false),
        ])
        #expect(pattern != FeedbackPattern.accepted)
        #expect(!pattern.steps.contains { $0.output == .red })
    }

    @Test("attention: green and red alternate three times under one long beep")
    func attention() {
        let steps = FeedbackPattern.attention.steps
        let leds = steps.filter { $0.output != .buzzer && $0.on }.map(\.output)
        #expect(leds == [.green, .red, .green, .red, .green, .red])
        #expect(steps.filter { $0.output == .buzzer } == [
            Step(at: .zero, .buzzer, true),
            Step(at: .milliseconds(800), .buzzer, false),
        ])
        #expect(FeedbackPattern.attention.duration == .milliseconds(1500))
        #expect(steps.last == Step(at: .milliseconds(1500), .red, false))
    }

    @Test("green and red are never on together during attention")
    func attentionNeverBothLEDs() {
        var on = Set<FeedbackOutput>()
        for step in FeedbackPattern.attention.steps {
            if step.on { on.insert(step.output) } else { on.remove(step.output) }
            #expect(!(on.contains(.green) && on.contains(.red)), "at \(step.at)")
        }
    }

    @Test("steps given out of order are sorted, same-time steps keep their order")
    func sorting() {
        let pattern = FeedbackPattern(steps: [
            Step(at: .milliseconds(10), .green, false),
            Step(at: .zero, .green, true),
            Step(at: .zero, .buzzer, true),
        ])
        #expect(pattern.steps.map(\.output) == [.green, .buzzer, .green])
    }
}
