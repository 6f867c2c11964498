extension ZVTSimulatorScript {
    public enum Outcome: Sendable, Equatable, Hashable {
        /// 04 0F with result 00; booked once the ECR answers it.
        case approve
        /// 04 0F with result 05, a "declined" line, then 06 1E 05.
        case decline
        /// The statuses, then 06 1E 6C with no 04 0F.
        case customerTimeout
        /// The 06 01 is answered with `84 code` and nothing else happens.
        case busy(UInt8)
    }
}
