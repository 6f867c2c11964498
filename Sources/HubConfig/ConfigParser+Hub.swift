import TOMLKit

extension ConfigParser {
    /// The kernel's `sun_path` holds 108 bytes including the terminating NUL.
    static let maxSocketPathBytes = 107

    mutating func parseHub(_ table: TOMLTable?) -> HubSettings {
        var settings = HubSettings()
        guard let table else { return settings }
        var reader = reader(for: table, in: .table("hub"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.hubKeys)
        if let name = reader.nonEmptyString("name") { settings.name = name }
        if let dataDirectory = reader.nonEmptyString("data_dir") { settings.dataDirectory = dataDirectory }
        settings.socketPath = Self.defaultSocketPath(in: settings.dataDirectory)
        if let socket = reader.nonEmptyString("socket") { settings.socketPath = socket }
        checkSocketLength(settings.socketPath, reader: &reader)
        settings.keyFile = reader.nonEmptyString("key_file") ?? settings.dataDirectory + "/hub.key"
        if let language = reader.choice("language", among: ConfigVocabulary.languages) { settings.language = language }
        if let hours = reader.number("cold_chain_hours") {
            if hours > 0 && hours.isFinite {
                settings.coldChainHours = hours
            } else {
                let found = table["cold_chain_hours"]?.foundDescription ?? "\(hours)"
                reader.report(.invalidValue, key: "cold_chain_hours", "must be a number of hours greater than 0, found \(found)")
            }
        }
        absorb(reader)
        return settings
    }

    /// The socket lives with the data unless placed elsewhere, so one `data_dir` moves the whole hub.
    static func defaultSocketPath(in dataDirectory: String) -> String {
        var directory = Substring(dataDirectory)
        while directory.count > 1 && directory.hasSuffix("/") { directory = directory.dropLast() }
        return directory == "/" ? "/hubd.sock" : directory + "/hubd.sock"
    }

    private func checkSocketLength(_ path: String, reader: inout TableReader) {
        guard path.utf8.count > Self.maxSocketPathBytes else { return }
        let key = reader.contains("socket") ? "socket" : "data_dir"
        let origin = key == "socket" ? "" : " (derived from data_dir)"
        reader.report(
            .invalidValue,
            key: key,
            "socket path\(origin) is \(path.utf8.count) bytes; Unix sockets allow at most \(Self.maxSocketPathBytes) — set a shorter socket"
        )
    }
}
