import NIOCore

/// Bounds on what callers can make hubd hold. `systemd/hubd.service` sets `LimitNOFILE=4096`,
/// which leaves room for these connections beside the database, devices and journal.
enum ServerLimits {
    /// A connection that sends nothing for this long is closed: that covers a request head that
    /// never completes as well as an idle keep-alive. A request being answered (a live feed, a
    /// wait for a pass tap) is not idle.
    static let idleTimeout = TimeAmount.seconds(10)
    /// Beyond this hubd stops accepting until a connection closes; the kernel's backlog holds
    /// the rest, so a flood of idle connections delays callers for one idle timeout per batch
    /// instead of exhausting file descriptors.
    static let maxConnections = 256
}
