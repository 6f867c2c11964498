extension ZVTSimulatorSession {
    /// A reply to an ECR command (80 00 00 or 84 xx); the ECR does not answer it.
    func reply(_ apdu: ZVTAPDU) throws(ZVTSimulatorLinkLoss) {
        try send(apdu)
    }

    func send(_ apdu: ZVTAPDU, corruptingFirstCRC: Bool = false, trailing: [UInt8] = []) throws(ZVTSimulatorLinkLoss) {
        logger.debug("ZVT simulator sends \(Self.describe(apdu))")
        try channel.send(apdu, corruptingFirstCRC: corruptingFirstCRC, trailing: trailing)
    }

    func awaitReply() throws(ZVTSimulatorLinkLoss) -> ZVTSimulatorReply {
        guard let apdu = try receive(until: .now + options.replyTimeout) else { return .missing }
        return apdu.classByte == 0x80 && apdu.instruction == 0x00 ? .acknowledged : .instead(apdu)
    }

    /// Sends a message that expects 80 00 00 and reports whether it came. Anything else that
    /// arrived is kept as the next command, because an ECR that skips a reply has moved on.
    func expectReply(after apdu: ZVTAPDU, trailing: [UInt8] = []) throws(ZVTSimulatorLinkLoss) -> Bool {
        try send(apdu, trailing: trailing)
        switch try awaitReply() {
        case .acknowledged:
            return true
        case .missing:
            logger.info("ZVT simulator got no 80 00 00 for \(Self.describe(apdu)); it ends the dialogue")
            return false
        case .instead(let other):
            deferred = other
            return false
        }
    }

    /// The receipt as 06 D1 lines, then 06 0F; stops at the first line the ECR leaves
    /// unanswered, as a terminal would stop printing.
    func printAndComplete(_ lines: [String], trailing: [UInt8] = []) throws(ZVTSimulatorLinkLoss) {
        for line in lines {
            guard try expectReply(after: ZVTSimulatorMessages.printLine(line)) else { return }
        }
        _ = try expectReply(after: ZVTSimulatorMessages.completion, trailing: trailing)
    }

    /// Registration, end-of-day and reversal carry the password in their first three bytes.
    func passwordMatches(_ command: ZVTAPDU) -> Bool {
        guard let expected = try? BCD.password(options.password) else { return false }
        return Array(command.data.prefix(3)) == expected
    }
}
