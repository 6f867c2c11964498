import Devices
import Foundation
import Inventory

/// Tells an article label from everything else that ends up under the stock desk's scanner.
/// The device layer already parsed GS1 and refused EAN/UPC codes with a wrong check digit when
/// the scanner sent a symbology identifier; a bare number is checked here, because the desk
/// only ever books GTINs and a misread one must never become somebody else's article.
public enum StockScanReader {
    /// `currentYear` places a label's two-digit expiry year (`GS1Date`).
    public static func read(_ code: ScannedCode, suppliers: SupplierDirectory, currentYear: Int) -> StockScanReading {
        if let elements = code.gs1 {
            return read(elements, code: code, suppliers: suppliers, currentYear: currentYear)
        }
        let text = code.text
        if isDigits(text) {
            switch text.utf8.count {
            case 8 where code.symbology?.identifier == "]E0":
                guard let upcA = CheckDigit.expandUPCE(text), CheckDigit.isValid(upcA) else { return .badCheckDigit(text) }
                return .article(StockLabel(gtin: gtin14(upcA)))
            case 8, 12, 13, 14:
                return CheckDigit.isValid(text) ? .article(StockLabel(gtin: gtin14(text))) : .badCheckDigit(text)
            case 18 where CheckDigit.isValid(text):
                return .parcel(text)
            default:
                break
            }
        }
        if suppliers.supplier(for: code.raw) != nil || suppliers.supplier(for: text) != nil {
            return .parcel(text)
        }
        return .notAnArticle(text)
    }

    /// A GS1 element string is an article when it carries (01); an SSCC (00) or a supplier's
    /// pattern without a GTIN is a parcel's logistic label.
    private static func read(_ elements: [GS1Element], code: ScannedCode, suppliers: SupplierDirectory, currentYear: Int) -> StockScanReading {
        func value(_ ai: String) -> String? { elements.first { $0.ai == ai }?.value }
        if let gtin = value("01") {
            guard gtin.utf8.count == 14, isDigits(gtin), CheckDigit.isValid(gtin) else { return .badCheckDigit(gtin) }
            return .article(StockLabel(gtin: gtin, serial: value("21"), batch: value("10"), expiry: value("17").flatMap { expiryDay($0, currentYear: currentYear) }))
        }
        if let sscc = value("00") { return .parcel(sscc) }
        if suppliers.supplier(for: code.raw) != nil || suppliers.supplier(for: code.text) != nil {
            return .parcel(code.text)
        }
        return .notAnArticle(code.text)
    }

    /// EAN-8, UPC-A and EAN-13 are GTIN-8/12/13: left-padded with zeros they are the same key.
    public static func gtin14(_ digits: String) -> String {
        String(repeating: "0", count: max(0, 14 - digits.utf8.count)) + digits
    }

    /// YYMMDD as a day, its century chosen by GS1's sliding window around `currentYear`.
    public static func expiryDay(_ yymmdd: String, currentYear: Int) -> LocalDay? {
        GS1Date(yymmdd, currentYear: currentYear).flatMap { LocalDay($0.isoText) }
    }

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { digit($0) != nil }
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
