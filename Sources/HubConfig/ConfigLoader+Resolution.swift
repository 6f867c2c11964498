extension ConfigLoader {
    public static let systemConfigPath = "/etc/hubd/hubd.toml"

    /// `--config` wins; otherwise the system file if installed; otherwise the demo default, so
    /// `hubd` starts on a fresh checkout without any setup.
    public static func resolveSource(
        explicitPath: String?,
        systemPath: String = systemConfigPath,
        fileExists: (String) -> Bool = fileExists(atPath:)
    ) -> ConfigSource {
        if let explicitPath { return .file(explicitPath) }
        if fileExists(systemPath) { return .file(systemPath) }
        return .embeddedDefault
    }

    /// An explicit path that cannot be read is an error, never a silent fall-back to the default.
    public static func loadResolved(
        explicitPath: String?,
        systemPath: String = systemConfigPath
    ) throws(ConfigError) -> ConfigLoadResult {
        switch resolveSource(explicitPath: explicitPath, systemPath: systemPath) {
        case .file(let path):
            try loadWithWarnings(path: path)
        case .embeddedDefault:
            ConfigLoadResult(configuration: embeddedDefault, warnings: [])
        }
    }
}
