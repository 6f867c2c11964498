/// What the LEDs and buzzer tell the person at the desk, after the store has answered.
public enum FeedbackSignal: String, Sendable, Codable, CaseIterable {
    /// Stored: green blink, short beep.
    case accepted
    /// Already here, nothing new stored: green plus a double beep.
    case duplicate
    /// Not stored: red, long beep; the screen says why.
    case rejected
    /// Someone should come to the desk ("call the concierge"): red and green alternate with a
    /// long beep, so it is noticed from across the room and never mistaken for a scan result.
    case attention
}
