/// What a HID reader thread hands to the driver's task.
enum HIDReadEvent: Sendable {
    case payload(InputEvent.Payload)
    /// The device went away or failed; the reason is for staff.
    case closed(String)
}
