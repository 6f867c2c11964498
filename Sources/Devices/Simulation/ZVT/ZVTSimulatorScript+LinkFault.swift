extension ZVTSimulatorScript {
    /// Where in an approval the terminal loses the link: over TCP it closes the connection,
    /// over a pty it goes deaf for `ZVTSimulatorOptions.dropSilence`.
    public enum LinkFault: Sendable, Equatable, Hashable {
        case none
        /// Right after sending the 04 0F: the terminal never sees the ECR's reply and reverses.
        case dropBeforeAck
        /// After the ECR acknowledged the 04 0F (booked), before the receipt and 06 0F.
        case dropAfterAck
    }
}
