/// The application identifiers the hub understands, after the GS1 Barcode Syntax Dictionary
/// (github.com/gs1/gs1-syntax-dictionary). AIs are prefix-free, so the first 2, 3 or 4 digits
/// of a field name exactly one entry.
extension ApplicationIdentifier {
    public static let table: [String: ApplicationIdentifier] = {
        var entries = fixedEntries + variableEntries + measureEntries
        entries += (91...99).map { ApplicationIdentifier(String($0), "INTERNAL", .variable(max: 90), .alphanumeric, separatorRequired: true) }
        entries += (410...417).map { ApplicationIdentifier(String($0), "GLN", .fixed(13), .checkDigit, separatorRequired: false) }
        return Dictionary(entries.map { ($0.ai, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// The entry for the AI at the start of `digits`, trying 2, 3 and 4 digits.
    static func match(_ digits: ArraySlice<UInt8>) -> ApplicationIdentifier? {
        for count in 2...4 where digits.count >= count {
            let prefix = digits.prefix(count)
            guard prefix.allSatisfy({ CheckDigit.digitValue($0) != nil }) else { return nil }
            if let entry = table[String(decoding: prefix, as: UTF8.self)] {
                return entry
            }
        }
        return nil
    }

    private static let fixedEntries: [ApplicationIdentifier] = [
        .init("00", "SSCC", .fixed(18), .checkDigit, separatorRequired: false),
        .init("01", "GTIN", .fixed(14), .checkDigit, separatorRequired: false),
        .init("02", "CONTENT", .fixed(14), .checkDigit, separatorRequired: false),
        .init("03", "MTO GTIN", .fixed(14), .checkDigit, separatorRequired: false),
        .init("11", "PROD DATE", .fixed(6), .date, separatorRequired: false),
        .init("12", "DUE DATE", .fixed(6), .date, separatorRequired: false),
        .init("13", "PACK DATE", .fixed(6), .date, separatorRequired: false),
        .init("15", "BEST BEFORE", .fixed(6), .date, separatorRequired: false),
        .init("16", "SELL BY", .fixed(6), .date, separatorRequired: false),
        .init("17", "USE BY/EXPIRY", .fixed(6), .date, separatorRequired: false),
        .init("20", "VARIANT", .fixed(2), .numeric, separatorRequired: false),
        .init("402", "GSIN", .fixed(17), .checkDigit, separatorRequired: true),
        .init("422", "ORIGIN", .fixed(3), .numeric, separatorRequired: true),
        .init("7003", "EXPIRY TIME", .fixed(10), .numeric, separatorRequired: true),
        .init("8005", "PRICE PER UNIT", .fixed(6), .numeric, separatorRequired: true),
    ]

    private static let variableEntries: [ApplicationIdentifier] = [
        .init("10", "BATCH/LOT", .variable(max: 20), .alphanumeric, separatorRequired: true),
        .init("21", "SERIAL", .variable(max: 20), .alphanumeric, separatorRequired: true),
        .init("22", "CPV", .variable(max: 20), .alphanumeric, separatorRequired: true),
        .init("235", "TPX", .variable(max: 28), .alphanumeric, separatorRequired: true),
        .init("240", "ADDITIONAL ID", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("241", "CUST. PART No.", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("242", "MTO VARIANT", .variable(max: 6), .numeric, separatorRequired: true),
        .init("243", "PCN", .variable(max: 20), .alphanumeric, separatorRequired: true),
        .init("250", "SECONDARY SERIAL", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("251", "REF. TO SOURCE", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("254", "GLN EXTENSION", .variable(max: 20), .alphanumeric, separatorRequired: true),
        .init("30", "VAR. COUNT", .variable(max: 8), .numeric, separatorRequired: true),
        .init("37", "COUNT", .variable(max: 8), .numeric, separatorRequired: true),
        .init("400", "ORDER NUMBER", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("401", "GINC", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("403", "ROUTE", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("420", "SHIP TO POST", .variable(max: 20), .alphanumeric, separatorRequired: true),
        .init("8004", "GIAI", .variable(max: 30), .alphanumeric, separatorRequired: true),
        .init("8020", "REF No.", .variable(max: 25), .alphanumeric, separatorRequired: true),
        .init("90", "INTERNAL", .variable(max: 30), .alphanumeric, separatorRequired: true),
    ]

    /// Trade measures (31nn–36nn: the third digit is the unit, the fourth the decimal point)
    /// and amounts (39nn), which weighed goods carry.
    private static var measureEntries: [ApplicationIdentifier] {
        let stems = Array(310...316) + Array(320...337) + Array(340...357) + Array(360...369)
        let measures = stems.flatMap { stem in
            (0...5).map { ApplicationIdentifier("\(stem)\($0)", "MEASURE", .fixed(6), .numeric, separatorRequired: false) }
        }
        let amounts = (0...9).flatMap { point in
            [
                ApplicationIdentifier("390\(point)", "AMOUNT", .variable(max: 15), .numeric, separatorRequired: true),
                ApplicationIdentifier("391\(point)", "AMOUNT+ISO", .variable(max: 18), .numeric, separatorRequired: true),
                ApplicationIdentifier("392\(point)", "PRICE", .variable(max: 15), .numeric, separatorRequired: true),
                ApplicationIdentifier("393\(point)", "PRICE+ISO", .variable(max: 18), .numeric, separatorRequired: true),
            ]
        }
        return measures + amounts
    }
}
