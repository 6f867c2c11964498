/// Something that shows a feedback signal: GPIO LEDs and buzzer on the Pi, a log line elsewhere.
public protocol FeedbackSink: Sendable {
    func signal(_ signal: FeedbackSignal, device: String) async
}
