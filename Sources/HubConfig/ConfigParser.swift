import Devices
import Inventory
import TOMLKit

/// One validation pass over a parsed document.
///
/// It collects issues instead of throwing, so an operator sees every problem in the file at once.
struct ConfigParser {
    let file: String
    let locator: KeyLineLocator
    let pathExists: (String) -> Bool
    private(set) var issues: [ConfigIssue] = []
    private(set) var warnings: [ConfigIssue] = []

    init(file: String, text: String, pathExists: @escaping (String) -> Bool) {
        self.file = file
        self.locator = KeyLineLocator(text: text)
        self.pathExists = pathExists
    }

    mutating func parse(_ root: TOMLTable, sourcePath: String?) -> Configuration {
        checkRootKeys(root)
        let hub = parseHub(root["hub"]?.table)
        let devices = parseDevices(tables(named: "devices", in: root))
        let suppliers = parseSuppliers(tables(named: "suppliers", in: root))
        let kiosk = parseKiosk(root["kiosk"]?.table)
        let payments = parsePayments(root["payments"]?.table)
        let backup = parseBackup(root["backup"]?.table)
        let access = parseAccess(root["access"]?.table)
        let retention = parseRetention(root["retention"]?.table)
        let reports = parseReports(root["reports"]?.table)
        var configuration = Configuration(
            hub: hub, devices: devices, suppliers: suppliers, kiosk: kiosk, payments: payments, backup: backup, access: access,
            retention: retention, reports: reports, sourcePath: sourcePath
        )
        configuration.dashboard = parseDashboard(root["dashboard"]?.table)
        configuration.central = parseCentral(root["central"]?.table)
        return configuration
    }

    func reader(for table: TOMLTable, in section: ConfigSection, fallbackLine: Int? = nil) -> TableReader {
        TableReader(table: table, section: section, file: file, locator: locator, fallbackLine: fallbackLine)
    }

    mutating func absorb(_ reader: TableReader) {
        issues += reader.issues.filter { $0.severity == .error }
        warnings += reader.issues.filter { $0.severity == .warning }
    }

    mutating func report(_ code: ConfigIssue.Code, line: Int?, key: String?, _ message: String) {
        issues.append(ConfigIssue(code, file: file, line: line, section: nil, key: key, message: message))
    }

    /// The `[[name]]` blocks, with the line to blame for blocks written inline (`name = [{ ... }]`).
    func tables(named name: String, in root: TOMLTable) -> (tables: [TOMLTable], inlineLine: Int?) {
        guard let array = root[name]?.array else { return ([], nil) }
        return (array.compactMap { $0.table }, locator.line(of: name, in: .root))
    }

    private mutating func checkRootKeys(_ root: TOMLTable) {
        for key in root.keys.sorted() {
            guard let value = root[key] else { continue }
            switch key {
            case "hub", "kiosk", "payments", "backup", "access", "retention", "reports", "dashboard", "central":
                if value.table == nil {
                    report(.wrongType, line: rootLine(key), key: key, "must be a [\(key)] table, found \(value.foundDescription)")
                }
            case "devices", "suppliers":
                checkArrayOfTables(value, named: key)
            default:
                reportUnknownRoot(key, value: value)
            }
        }
    }

    mutating func checkArrayOfTables(_ value: any TOMLValueConvertible, named name: String) {
        let allTables = value.array.map { $0.allSatisfy { $0.table != nil } } ?? false
        guard !allTables else { return }
        let found = value.table != nil ? "a single [\(name)] table" : value.foundDescription
        report(.wrongType, line: rootLine(name), key: name, "must be written as [[\(name)]] blocks, found \(found)")
    }

    private mutating func reportUnknownRoot(_ key: String, value: any TOMLValueConvertible) {
        let isTableArray = value.array.map { !$0.isEmpty && $0.allSatisfy { $0.table != nil } } ?? false
        let known = ConfigVocabulary.rootTables
        let suggestion = ClosestMatch.suggestion(for: key, among: known)
        if value.table != nil || isTableArray {
            let brackets: (String) -> String = { isTableArray ? "[[\($0)]]" : "[\($0)]" }
            var message = "unknown table \(brackets(key))"
            if let suggestion { message += "; did you mean \(brackets(suggestion))?" }
            report(.unknownTable, line: rootLine(key), key: nil, message + "; known tables are [hub], [kiosk], [payments], [backup], [retention], [reports], [dashboard], [central], [access], [[devices]], [[suppliers]]")
        } else {
            var message = "unknown key at top level"
            if let suggestion { message += "; did you mean the table [\(suggestion)]?" }
            report(.unknownKey, line: rootLine(key), key: key, message)
        }
    }

    private func rootLine(_ key: String) -> Int? {
        locator.line(of: key, in: .root)
            ?? locator.headerLine(of: .table(key))
            ?? locator.headerLine(of: .arrayTable(key, index: 0))
    }
}
