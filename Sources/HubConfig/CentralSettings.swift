/// `[central]`: where this hub reports, as which hub. Off unless `url` is set: a hub works on
/// its own, and sync is something a coordinator switches on with `hubcentral hub add`.
public struct CentralSettings: Sendable, Equatable {
    /// `postgresql://ROLE@HOST:PORT/DATABASE`, without a password.
    public var url: String?
    /// The name central knows this hub by.
    public var hubID: String?
    /// A file holding the role's password (mode 0600).
    public var passwordFile: String?
    /// The CA that signed central's certificate; the system's roots when absent.
    public var caFile: String?
    /// Events per batch; each batch is one transaction at central.
    public var batchSize: Int
    /// How long events central has committed stay on the hub, to resend them if central is
    /// restored from an older dump.
    public var keepUploadedDays: Int
    /// How often the uploader looks at the outbox (a local read; it connects only when
    /// something waits). Tests shorten it.
    public var pollSeconds: Double
    /// `share = ["address-pseudonyms"]`: residents' events carry a pseudonym of their address
    /// (an HMAC of street, number and postcode under the hub key), so central can count unique
    /// addresses. Off by default: it lets central see which residents live together.
    public var shareAddressPseudonyms = false

    public init(
        url: String? = nil, hubID: String? = nil, passwordFile: String? = nil, caFile: String? = nil,
        batchSize: Int = 500, keepUploadedDays: Int = 90, pollSeconds: Double = 10
    ) {
        self.pollSeconds = pollSeconds
        self.url = url
        self.hubID = hubID
        self.passwordFile = passwordFile
        self.caFile = caFile
        self.batchSize = batchSize
        self.keepUploadedDays = keepUploadedDays
    }

    public var isEnabled: Bool { url != nil }
}
