/// The `[hub]` table.
public struct HubSettings: Sendable, Equatable {
    public var name: String
    public var dataDirectory: String
    public var socketPath: String
    /// "nl" or "en": the language of messages meant for people.
    public var language: String
    /// Hours a cold-chain parcel may wait before it must be handed over.
    public var coldChainHours: Double
    /// The secret for pass digests; outside the database so a copied database names no card.
    public var keyFile: String

    public init(
        name: String = "buurhub",
        dataDirectory: String = "./var",
        socketPath: String = "./var/hubd.sock",
        language: String = "nl",
        coldChainHours: Double = 4,
        keyFile: String? = nil
    ) {
        self.keyFile = keyFile ?? dataDirectory + "/hub.key"
        self.name = name
        self.dataDirectory = dataDirectory
        self.socketPath = socketPath
        self.language = language
        self.coldChainHours = coldChainHours
    }
}
