/// Builders for the ECR → terminal commands of PA00P015, so no caller assembles bytes.
///
/// Passwords and amounts are validated here (throwing `BCDError`) rather than trusted:
/// a malformed password is answered by the terminal only after a round trip, and a bad amount
/// must never reach it.
public enum ZVTCommand {
    /// Euro, ISO 4217 numeric 978, as BCD `09 78`.
    public static let euro: UInt16 = 978

    /// 06 00: password, config byte, then the currency code without a BMP tag; the spec's
    /// vector `06 00 06 12 34 56 BA 09 78` shows the bare `09 78`.
    public static func registration(password: String, config: UInt8, currency: UInt16 = euro) throws(BCDError) -> ZVTAPDU {
        let data = try BCD.password(password) + [config] + currencyBytes(currency)
        return ZVTAPDU(classByte: 0x06, instruction: 0x00, data: data)
    }

    /// 06 01: BMP `04` amount then BMP `49` currency.
    public static func authorization(amountCents: Int64, currency: UInt16 = euro) throws(BCDError) -> ZVTAPDU {
        let amount = try BCD.amount(cents: amountCents)
        let code = try currencyBytes(currency)
        let data = [0x04] + amount + [0x49] + code
        return ZVTAPDU(classByte: 0x06, instruction: 0x01, data: data)
    }

    /// 06 B0: ask the terminal to abort the running transaction; it may refuse with 84 83.
    public static func abort() -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0xB0)
    }

    /// 05 01: used after a lost link to learn the terminal's state.
    public static func statusEnquiry(password: String) throws(BCDError) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x05, instruction: 0x01, data: try BCD.password(password))
    }

    /// 06 20: the terminal resends the last receipt, which is how a restart recovers the
    /// result of a payment it did not see finish. Assumption: PA00P015 gives it the password.
    public static func repeatReceipt(password: String) throws(BCDError) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0x20, data: try BCD.password(password))
    }

    /// 06 30: password then BMP `87` receipt number (two BCD bytes, so at most 9999).
    public static func reversal(password: String, receiptNumber: Int) throws(BCDError) -> ZVTAPDU {
        guard receiptNumber >= 0 else { throw .negative }
        let receipt = try BCD.encode(UInt64(receiptNumber), byteCount: 2)
        return ZVTAPDU(classByte: 0x06, instruction: 0x30, data: try BCD.password(password) + [0x87] + receipt)
    }

    /// 06 50: end-of-day, which settles the terminal's batch.
    public static func endOfDay(password: String) throws(BCDError) -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0x50, data: try BCD.password(password))
    }

    public static func logOff() -> ZVTAPDU {
        ZVTAPDU(classByte: 0x06, instruction: 0x02)
    }

    /// 80 00 00: the answer to every terminal message (04 0F, 06 D1, 06 0F, 06 1E…).
    public static func positiveReply() -> ZVTAPDU {
        .positiveReply
    }

    private static func currencyBytes(_ code: UInt16) throws(BCDError) -> [UInt8] {
        try BCD.encode(UInt64(code), byteCount: 2)
    }
}
