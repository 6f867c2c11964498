/// A request on its way to hubd, with the generation of the screen it was made on.
struct PendingRequest: Sendable {
    var request: ConsoleRequest
    var generation: Int
}
