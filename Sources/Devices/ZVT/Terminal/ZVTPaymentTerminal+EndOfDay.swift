extension ZVTPaymentTerminal {
    /// 06 50 contacts the acquirer, so each message may take as long as a customer would;
    /// 04 FF keeps it going.
    public func closeDay() async throws(PaymentTerminalError) -> TerminalTotals {
        let command = try passwordCommand { password throws(BCDError) in try ZVTCommand.endOfDay(password: password) }
        let collected = try await withOperation(.endOfDay) { session throws(PaymentTerminalError) in
            try await collect(command, on: session, timeout: timings.customer)
        }
        if let code = collected.abortCode {
            throw PaymentTerminalError(
                .refused, "\(name) aborted the end of day (result code \(Self.hex(code))) — retry it, or close the day on the terminal",
                outcomeUnknown: false
            )
        }
        guard let data = collected.statusData else {
            throw PaymentTerminalError(
                .protocolViolation, "\(name) finished the end of day without totals — read them from the terminal's closing receipt",
                outcomeUnknown: false
            )
        }
        if let code = (try? ZVTBMPReader.fields(data))?.first(where: { $0.tag == 0x27 })?.value.first, code != 0x00 {
            throw PaymentTerminalError(
                .refused, "\(name) could not close the day (result code \(Self.hex(code))) — retry it, or close the day on the terminal",
                outcomeUnknown: false
            )
        }
        do {
            let totals = try ZVTTotalsReader.totals(bmpData: data, lines: collected.lines)
            logger.info("ZVT day closed", metadata: ["terminal": "\(name)", "count": "\(totals.count)", "amountCents": "\(totals.amountCents)"])
            return totals
        } catch {
            throw PaymentTerminalError(
                .protocolViolation, "\(name) closed the day, but \(error.reason) — reconcile with the terminal's closing receipt",
                outcomeUnknown: false
            )
        }
    }
}
