/// Whether an authorization may go on after a status step.
enum ZVTSimulatorProgress: Sendable, Equatable {
    case proceed
    /// The ECR's abort was accepted and 06 1E 6C sent.
    case aborted
    /// The ECR stopped answering; the terminal gives up without charging.
    case abandoned
}
