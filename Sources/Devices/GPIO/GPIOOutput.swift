/// A GPIO line requested as an output (an LED or the buzzer).
///
/// Calls are made from one owner at a time (the `GPIOFeedback` actor); setting a value is a
/// single quick ioctl, so it is synchronous.
public protocol GPIOOutput: Sendable {
    var offset: Int { get }
    func set(_ on: Bool) throws(GPIOError)
}
