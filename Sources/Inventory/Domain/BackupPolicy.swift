/// Where and when the nightly backup goes, from `[backup]` in hubd.toml. No directory, no backup:
/// a hub without a USB stick for it still runs, and `kiosk status` says "last backup: never".
public struct BackupPolicy: Sendable, Equatable {
    public var directory: String?
    /// How many backups stay in the directory; older ones are deleted after a new one checks out.
    public var keep: Int
    public var hour: Int
    public var minute: Int
    /// An X25519 public key in base64 (`hubd backup-key` prints it): backups are then encrypted
    /// to it, and only its private key can restore them.
    public var recipient: String?

    public init(directory: String? = nil, keep: Int = 7, hour: Int = 3, minute: Int = 0, recipient: String? = nil) {
        self.directory = directory
        self.recipient = recipient
        self.keep = keep
        self.hour = hour
        self.minute = minute
    }
}
