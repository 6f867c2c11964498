/// A timed sequence of output changes for one feedback signal.
///
/// Kept as plain data so the exact timing of every signal is tested without hardware, and so
/// the player stays a dumb loop. Every pattern ends with all outputs off: a pattern that left
/// the buzzer on would sound until the next scan.
public struct FeedbackPattern: Sendable, Equatable {
    /// Set `output` to `on` at `at` after the pattern started.
    public struct Step: Sendable, Equatable, CustomStringConvertible {
        public var at: Duration
        public var output: FeedbackOutput
        public var on: Bool

        public init(at: Duration, _ output: FeedbackOutput, _ on: Bool) {
            self.at = at
            self.output = output
            self.on = on
        }

        public var description: String {
            "\(at) \(output.rawValue) \(on ? "on" : "off")"
        }
    }

    /// Ordered by `at`; steps at the same time apply in array order.
    public let steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
    }

    /// When the last step happens, i.e. how long the pattern plays.
    public var duration: Duration {
        steps.last?.at ?? .zero
    }

    /// The outputs that are on once every step has been applied; empty for a valid pattern.
    public var outputsLeftOn: Set<FeedbackOutput> {
        var on = Set<FeedbackOutput>()
        for step in steps {
            if step.on { on.insert(step.output) } else { on.remove(step.output) }
        }
        return on
    }

    public static func pattern(for signal: FeedbackSignal) -> FeedbackPattern {
        switch signal {
        case .accepted: accepted
        case .duplicate: duplicate
        case .rejected: rejected
        case .attention: attention
        }
    }

    /// Green with one short beep: the common case, so it is the quickest.
    public static let accepted = FeedbackPattern(steps: [
        Step(at: .zero, .green, true),
        Step(at: .zero, .buzzer, true),
        Step(at: .milliseconds(80), .buzzer, false),
        Step(at: .milliseconds(600), .green, false),
    ])

    /// Green with two very short chirps, so a repeated scan sounds different from a new one
    /// without sounding like an error.
    public static let duplicate = FeedbackPattern(steps: [
        Step(at: .zero, .green, true),
        Step(at: .zero, .buzzer, true),
        Step(at: .milliseconds(40), .buzzer, false),
        Step(at: .milliseconds(100), .buzzer, true),
        Step(at: .milliseconds(140), .buzzer, false),
        Step(at: .milliseconds(600), .green, false),
    ])

    /// Red with a longer double beep; red stays on longer so staff look at the screen.
    public static let rejected = FeedbackPattern(steps: [
        Step(at: .zero, .red, true),
        Step(at: .zero, .buzzer, true),
        Step(at: .milliseconds(120), .buzzer, false),
        Step(at: .milliseconds(220), .buzzer, true),
        Step(at: .milliseconds(340), .buzzer, false),
        Step(at: .seconds(1), .red, false),
    ])

    /// Green and red alternate three times under one long beep.
    public static let attention: FeedbackPattern = {
        var steps = [Step(at: .zero, .buzzer, true)]
        let phase = Duration.milliseconds(250)
        for cycle in 0..<3 {
            let start = phase * (2 * cycle)
            if cycle > 0 { steps.append(Step(at: start, .red, false)) }
            steps.append(Step(at: start, .green, true))
            steps.append(Step(at: start + phase, .green, false))
            steps.append(Step(at: start + phase, .red, true))
        }
        steps.append(Step(at: .milliseconds(800), .buzzer, false))
        steps.append(Step(at: phase * 6, .red, false))
        return FeedbackPattern(steps: steps)
    }()
}
