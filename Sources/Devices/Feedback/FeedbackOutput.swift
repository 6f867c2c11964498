/// One physical output of the feedback board; patterns name outputs, not line numbers, so the
/// same pattern plays on any wiring and on boards without a buzzer.
public enum FeedbackOutput: String, Sendable, Hashable, CaseIterable {
    case green
    case red
    case buzzer
}
