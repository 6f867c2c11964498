import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ZVT over TCP (port 20007 by default): bare APDUs, no CRC and no ACK, so `send` returns once
/// the bytes are handed to the kernel. Inbound bytes are cut by the length field and
/// re-synchronised by `ZVTTCPStreamDecoder`.
public final class ZVTTCPLink: ZVTLink {
    public static let defaultPort: UInt16 = 20007
    public let peer: String
    private let core: ZVTLinkCore

    private init(peer: String, core: ZVTLinkCore) {
        self.peer = peer
        self.core = core
    }

    deinit {
        core.shutDown("the link was released")
    }

    public static func connect(
        host: String, port: UInt16 = defaultPort, timings: ZVTTimings = .init(), logger: Logger
    ) async throws(ZVTLinkError) -> ZVTTCPLink {
        let peer = "\(host):\(port)"
        let socket = try await ZVTSocketConnector.connect(host: host, port: port, timeout: timings.connect)
        let writer = fcntl(socket, F_DUPFD_CLOEXEC, 0)
        guard writer >= 0 else {
            let reason = String(cString: strerror(errno))
            try? FileDescriptor(rawValue: socket).close()
            throw ZVTLinkError(.openFailed, "could not duplicate the socket for \(peer) (\(reason)) — the hub may be out of file descriptors")
        }
        let output = ZVTOutput(FileDescriptor(rawValue: writer), isSocket: true, name: peer)
        let core = ZVTLinkCore(name: peer, output: output, logger: logger)
        let events: AsyncStream<FileDescriptorReader.Event<ZVTTCPStreamEvent>>
        do {
            events = try FileDescriptorReader.start(
                FileDescriptor(rawValue: socket), decoder: ZVTTCPStreamDecoder(staleAfter: timings.interByte * 5),
                name: peer, logger: logger
            )
        } catch {
            output.close()
            throw ZVTLinkError(.openFailed, error.message)
        }
        core.attach(Task { await pump(events, core: core) })
        return ZVTTCPLink(peer: peer, core: core)
    }

    public func send(_ apdu: ZVTAPDU) async throws(ZVTLinkError) {
        try core.write(apdu.encoded)
    }

    public func receive(timeout: Duration) async throws(ZVTLinkError) -> ZVTAPDU {
        try await core.receive(timeout: timeout)
    }

    public func close() async {
        core.shutDown("closed by the hub")
    }

    private static func pump(_ events: AsyncStream<FileDescriptorReader.Event<ZVTTCPStreamEvent>>, core: ZVTLinkCore) async {
        for await event in events {
            switch event {
            case .output(.apdu(let apdu)):
                if !core.inbox.push(apdu) {
                    core.logger.warning("ZVT inbox full, message dropped", metadata: ["device": "\(core.name)", "apdu": "\(apdu.logLabel)"])
                }
            case .output(.skipped(let count)):
                core.logger.notice("bytes outside ZVT messages skipped", metadata: ["device": "\(core.name)", "count": "\(count)"])
            case .overflow(let count):
                core.logger.warning("ZVT messages dropped", metadata: ["device": "\(core.name)", "count": "\(count)"])
            case .closed(let reason):
                core.shutDown(reason)
                return
            }
        }
        core.shutDown("reading stopped")
    }
}
