import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// The process on the other end of a Unix socket, as the kernel saw it when it connected
/// (`SO_PEERCRED`). It cannot be forged by the caller, unlike anything in the request.
public struct PeerCredentials: Sendable, Hashable, CustomStringConvertible {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    public var description: String { "uid \(uid) gid \(gid) pid \(pid)" }

    /// `nil` for a channel that is not a Unix socket (an in-process test channel, later TCP).
    static func read(from channel: any Channel) async -> PeerCredentials? {
        guard let provider = channel as? any SocketOptionProvider else { return nil }
        let level = NIOBSDSocket.OptionLevel(rawValue: SOL_SOCKET)
        let name = NIOBSDSocket.Option(rawValue: SO_PEERCRED)
        do {
            let raw: KernelCredentials = try await provider.unsafeGetSocketOption(level: level, name: name).get()
            return PeerCredentials(pid: raw.pid, uid: raw.uid, gid: raw.gid)
        } catch {
            return nil
        }
    }
}

/// `struct ucred` as the kernel fills it: pid, uid, gid, each 32 bits. Glibc hides `ucred`
/// behind `_GNU_SOURCE`, so the layout is spelled out here.
private struct KernelCredentials: Sendable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}
