/// The outcome of a token check, decided inside the write transaction and thrown only after it
/// commits, so deleting an expired token is not rolled back with the refusal.
enum SessionCheck: Sendable {
    case valid(StaffActor)
    case unknown
    case expired
    case inactive(String)
}
