/// Every problem found in one pass over a config file, so a fix-and-retry loop needs one run, not many.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    public init(issues: [ConfigIssue]) {
        self.issues = issues
    }

    public var codes: [ConfigIssue.Code] { issues.map(\.code) }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
