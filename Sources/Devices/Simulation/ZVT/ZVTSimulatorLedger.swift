/// The simulated terminal's books: what it charged, what it reversed, the batch since the last
/// end-of-day, and the counters it numbers receipts and traces with.
///
/// The lists are bounded (oldest dropped) so a long `hubd --simulate` run cannot grow without
/// limit; a batch beyond the bound totals only its newest charges.
struct ZVTSimulatorLedger: Sendable {
    static let limit = 10_000
    static let maxReceiptNumber = 9_999
    static let maxTrace = 999_999

    private(set) var charges: [ZVTSimulatorCharge] = []
    private(set) var reversals: [ZVTSimulatorCharge] = []
    private(set) var batch: [ZVTSimulatorCharge] = []
    /// Nil unless the most recent transaction was booked and not reversed: that is what a
    /// repeat receipt (06 20) may reprint.
    private(set) var lastReceipt: ZVTSimulatorReceipt?
    /// The receipt number most recently handed out, for the end-of-day 04 0F.
    private(set) var lastIssuedReceipt = 0
    private var nextReceipt: Int
    private var nextTrace = 1

    init(firstReceiptNumber: Int) {
        nextReceipt = Self.wrap(firstReceiptNumber, max: Self.maxReceiptNumber)
    }

    /// With `needingDLE` the counter jumps to the next number whose BCD holds a 0x10 byte.
    mutating func takeReceiptNumber(needingDLE: Bool) -> Int {
        if needingDLE {
            nextReceipt = Self.next(from: nextReceipt, byteCount: 2, max: Self.maxReceiptNumber)
        }
        let number = nextReceipt
        nextReceipt = Self.wrap(number + 1, max: Self.maxReceiptNumber)
        lastIssuedReceipt = number
        return number
    }

    mutating func takeTrace(needingDLE: Bool) -> Int {
        if needingDLE {
            nextTrace = Self.next(from: nextTrace, byteCount: 3, max: Self.maxTrace)
        }
        let trace = nextTrace
        nextTrace = Self.wrap(trace + 1, max: Self.maxTrace)
        return trace
    }

    /// A new transaction replaces the last one, whatever its outcome.
    mutating func beginTransaction() {
        lastReceipt = nil
    }

    mutating func book(_ receipt: ZVTSimulatorReceipt) {
        Self.append(receipt.charge, to: &charges)
        Self.append(receipt.charge, to: &batch)
        lastReceipt = receipt
    }

    /// An approval the ECR never acknowledged: the terminal takes it back on its own.
    mutating func reverseUnacknowledged(_ charge: ZVTSimulatorCharge) {
        Self.append(charge, to: &reversals)
        lastReceipt = nil
    }

    /// 06 30 may only reverse the most recent charge; anything else is refused.
    mutating func reverseLast(receiptNumber: Int) -> ZVTSimulatorCharge? {
        guard let last = charges.last, last.receiptNumber == receiptNumber else { return nil }
        charges.removeLast()
        if batch.last == last {
            batch.removeLast()
        }
        Self.append(last, to: &reversals)
        lastReceipt = nil
        return last
    }

    mutating func closeBatch() -> [ZVTSimulatorCharge] {
        defer { batch.removeAll() }
        return batch
    }

    private static func append(_ charge: ZVTSimulatorCharge, to list: inout [ZVTSimulatorCharge]) {
        list.append(charge)
        if list.count > limit {
            list.removeFirst(list.count - limit)
        }
    }

    private static func wrap(_ value: Int, max: Int) -> Int {
        value < 1 || value > max ? 1 : value
    }

    private static func next(from start: Int, byteCount: Int, max: Int) -> Int {
        var candidate = wrap(start, max: max)
        var tried = 0
        while !containsDLE(candidate, byteCount: byteCount), tried < max {
            candidate = wrap(candidate + 1, max: max)
            tried += 1
        }
        return candidate
    }

    private static func containsDLE(_ value: Int, byteCount: Int) -> Bool {
        let bytes = (try? BCD.encode(UInt64(value), byteCount: byteCount)) ?? []
        return bytes.contains(ZVTSerialFrame.dle)
    }
}
