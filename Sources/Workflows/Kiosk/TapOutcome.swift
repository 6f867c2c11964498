/// What a pass tap led to, for the journal and the reader's LED and buzzer.
public enum TapOutcome: String, Sendable, CaseIterable {
    case greeted
    case staffPIN = "staff-pin"
    case repeatTap = "repeat"
    case unknown
    case blocked
    /// Someone else is mid-way at the kiosk; their screen stays.
    case busy
    /// Staff at the console were waiting for this pass (enrolment).
    case enrolled
    case failed
}
