/// A valid configuration together with what the operator should still hear about.
public struct ConfigLoadResult: Sendable {
    public var configuration: Configuration
    /// Non-fatal findings, such as a device path that is absent right now; `hubd` logs them and starts.
    public var warnings: [ConfigIssue]

    public init(configuration: Configuration, warnings: [ConfigIssue]) {
        self.configuration = configuration
        self.warnings = warnings
    }
}
