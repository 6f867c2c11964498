/// Finds hubd's socket the way hubd chose it: `--socket`, else the config's `[hub] socket`.
enum SocketLocator {
    static func socketPath(explicit: String?, config: String?) throws -> String {
        if let explicit { return explicit }
        do {
            return try HubConfigFile.load(explicitPath: config)?.socketPath ?? HubConfigFile.defaultSocketPath
        } catch {
            throw KioskError(.usage, "\(error)\nfix the config (`hubd check-config FILE`) or pass --socket")
        }
    }
}
