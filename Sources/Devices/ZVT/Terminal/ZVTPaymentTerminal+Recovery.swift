extension ZVTPaymentTerminal {
    /// Registration config 0xBA (PA00P015): receipts are printed by the ECR (06 D1), intermediate
    /// status is on, and payment and administration are controlled by the ECR.
    static let registrationConfig: UInt8 = 0xBA
    static let registrationCompletionWindow: Duration = .seconds(2)

    public func prepare() async throws(PaymentTerminalError) {
        let command = try passwordCommand { password throws(BCDError) in
            try ZVTCommand.registration(password: password, config: Self.registrationConfig)
        }
        try await withOperation(.registration) { session throws(PaymentTerminalError) in
            try await transmit(command, on: session, outcomeUnknown: false)
            let reply = try await awaitReply(on: session, outcomeUnknown: false)
            if reply.isNegativeReply {
                throw refusal(reply, session: session, busyMeansRetry: false)
            }
            try await awaitOptionalCompletion(on: session, within: Self.registrationCompletionWindow)
        }
        logger.info("ZVT terminal registered", metadata: ["terminal": "\(name)"])
        markReady()
    }

    /// Never journals: recovery compares what this returns with the journal, and a receipt
    /// repeated here is the same booking, not a new one.
    public func lastTransaction() async throws(PaymentTerminalError) -> TerminalTransaction? {
        let command = try passwordCommand { password throws(BCDError) in try ZVTCommand.repeatReceipt(password: password) }
        let collected = try await withOperation(.repeatReceipt) { session throws(PaymentTerminalError) in
            try await collect(command, on: session, timeout: timings.completion)
        }
        logger.info(
            "ZVT repeat receipt done",
            metadata: ["terminal": "\(name)", "lines": "\(collected.lines.count)", "found": "\(collected.statusData != nil && collected.abortCode == nil)"]
        )
        guard collected.abortCode == nil, let data = collected.statusData else { return nil }
        let info: ZVTStatusInformation
        do {
            info = try ZVTStatusInformation(bmpData: data)
        } catch {
            throw PaymentTerminalError(
                .protocolViolation, "the last transaction from \(name) could not be decoded (\(error)) — check it on the terminal's journal",
                outcomeUnknown: false
            )
        }
        guard info.resultCode == nil || info.resultCode == .ok else { return nil }
        return Self.transaction(from: info)
    }

    /// The terminal id (BMP 29) of the 04 0F the terminal answers 05 01 with; nil if it sent none.
    public func statusEnquiry() async throws(PaymentTerminalError) -> String? {
        let command = try passwordCommand { password throws(BCDError) in try ZVTCommand.statusEnquiry(password: password) }
        let collected = try await withOperation(.statusEnquiry) { session throws(PaymentTerminalError) in
            try await collect(command, on: session, timeout: timings.completion)
        }
        guard let data = collected.statusData else { return nil }
        return (try? ZVTStatusInformation(bmpData: data))?.terminalID
    }

    func passwordCommand(_ build: (String) throws(BCDError) -> ZVTAPDU) throws(PaymentTerminalError) -> ZVTAPDU {
        do {
            return try build(password)
        } catch {
            throw PaymentTerminalError(
                .refused, "the password for \(name) must be exactly six digits — fix it in the config; nothing was sent", outcomeUnknown: false
            )
        }
    }
}
