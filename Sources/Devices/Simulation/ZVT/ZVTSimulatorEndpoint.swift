/// What the serving thread listens on; both are `Sendable` handles that outlive the thread.
enum ZVTSimulatorEndpoint: Sendable {
    case pseudoTerminal(PseudoTerminal)
    case tcp(ZVTSimulatorTCPListener)
}
