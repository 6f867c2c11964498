/// Reads the totals of an end-of-day 04 0F.
///
/// BMP 60 as this project reads PA00P015 (our reading, to be checked against a real
/// terminal): 2 bytes BCD first receipt number, 2 bytes BCD last receipt number, then
/// repeated groups of [count: 1 byte binary][turnover: 6 bytes BCD cents], one group per card
/// type. The count is the sum of the group counts and the amount the sum of the turnovers.
/// BMP 04, when present, must agree with that sum; if it does not, our reading is wrong for
/// this terminal and the totals are refused rather than reported wrongly.
enum ZVTTotalsReader {
    struct Failure: Error, Sendable, Equatable {
        let reason: String
    }

    static func totals(bmpData: [UInt8], lines: [String]) throws(Failure) -> TerminalTotals {
        let fields: [ZVTBMPField]
        do {
            fields = try ZVTBMPReader.fields(bmpData)
        } catch {
            throw Failure(reason: "its totals could not be decoded (\(error))")
        }
        let total = try fields.first { $0.tag == 0x04 }.map { field throws(Failure) in
            guard let cents = BCD.cents(fromAmount: field.value) else { throw Failure(reason: "its total amount (BMP 04) is not BCD") }
            return cents
        }
        guard let groups = fields.first(where: { $0.tag == 0x60 })?.value else {
            guard total == nil || total == 0 else {
                throw Failure(reason: "it sent a total amount but no totals record (BMP 60)")
            }
            return TerminalTotals(count: 0, amountCents: 0, receiptLines: lines)
        }
        let (count, amount) = try sum(groups)
        if let total, total != amount {
            throw Failure(reason: "its total amount (BMP 04: \(total) cents) disagrees with its totals record (BMP 60: \(amount) cents)")
        }
        return TerminalTotals(count: count, amountCents: amount, receiptLines: lines)
    }

    static let groupLength = 7
    static let receiptRangeLength = 4

    private static func sum(_ value: [UInt8]) throws(Failure) -> (count: Int, amount: Int64) {
        guard value.count >= receiptRangeLength, (value.count - receiptRangeLength) % groupLength == 0 else {
            throw Failure(reason: "its totals record (BMP 60) has \(value.count) bytes, which is not 4 + 7 × n")
        }
        guard BCD.decode(value.prefix(receiptRangeLength)) != nil else {
            throw Failure(reason: "the receipt numbers in its totals record (BMP 60) are not BCD")
        }
        var count = 0
        var amount: Int64 = 0
        for start in stride(from: receiptRangeLength, to: value.count, by: groupLength) {
            guard let turnover = BCD.cents(fromAmount: value[(start + 1)..<(start + groupLength)]) else {
                throw Failure(reason: "a turnover in its totals record (BMP 60) is not BCD")
            }
            count += Int(value[start])
            amount += turnover
        }
        return (count, amount)
    }
}
