/// The outcome of one PIN check, decided inside the write transaction and thrown only after it
/// commits, so a wrong PIN's counter is kept rather than rolled back with the error.
enum PINAttempt: Sendable {
    case accepted(StaffMember)
    case wrong(triesLeft: Int)
    case locked(seconds: Int)
    case inactive(StaffMember)
}
