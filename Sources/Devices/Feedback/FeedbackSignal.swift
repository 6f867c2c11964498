/// What the LEDs and buzzer tell the person at the desk, after the store has answered.
public enum FeedbackSignal: String, Sendable, Codable {
    /// Stored: green blink, short beep.
    case accepted
    /// Already here, nothing new stored: green plus a double beep.
    case duplicate
    /// Not stored: red, long beep; the screen says why.
    case rejected
}
