import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Our end of the DevTools socket and the replies and events awaited on it.
///
/// Each awaited message has a slot, armed before the command that causes it is sent so that
/// nothing can arrive unawaited. Replies match their slot by id, events by method and
/// session. One dedicated thread reads, since `read` blocks and must not hold a thread of the
/// concurrency pool. `Chromium` owns the process; this owns only the conversation.
final class DevToolsPipe: Sendable {
    /// What is awaited (an event when `event` is set, else the reply with the slot's id), and
    /// who awaits it or what came before anyone did.
    private struct Slot {
        var event: String?
        var session: String?
        var waiter: CheckedContinuation<Data, any Error>?
        var outcome: Result<Data, ChromiumError>?
    }

    private struct Slots {
        var nextId = 1
        var open: [Int: Slot] = [:]
        var closed = false
    }

    private let fd: Int32
    private let socket: Mutex<Int32?>
    private let slots = Mutex(Slots())
    private let log: String

    init(fd: Int32, log: String) {
        self.fd = fd
        socket = Mutex(fd)
        self.log = log
    }

    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:], session: String? = nil, timeout: Int = 30) async throws -> [String: Any] {
        let id = try expect(event: nil, session: nil)
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        message["sessionId"] = session
        do { try send(message) } catch { disarm(id); throw error }
        let reply = try await wait(id, timeout: timeout, for: "the reply to \(method)")
        guard let json = try? JSONSerialization.jsonObject(with: reply) as? [String: Any] else { throw malformed(method) }
        if let error = json["error"] as? [String: Any] {
            throw ChromiumError(code: .protocolError(method: method, message: error["message"] as? String ?? "\(error)"))
        }
        return json["result"] as? [String: Any] ?? [:]
    }

    /// Arms a slot: for the reply to the command sent with the returned id when `event` is nil.
    func expect(event: String?, session: String?) throws -> Int {
        let id = slots.withLock { slots -> Int? in
            guard !slots.closed else { return nil }
            defer { slots.nextId += 1 }
            slots.open[slots.nextId] = Slot(event: event, session: session)
            return slots.nextId
        }
        guard let id else { throw failure(.browserExited) }
        return id
    }

    func disarm(_ id: Int) {
        _ = slots.withLock { $0.open.removeValue(forKey: id) }
    }

    @discardableResult
    func wait(_ id: Int, timeout: Int, for what: String) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            let ready = slots.withLock { slots -> Result<Data, ChromiumError>? in
                guard var slot = slots.open[id], slot.waiter == nil else { return .failure(ChromiumError(code: .browserExited)) }
                if let outcome = slot.outcome {
                    slots.open[id] = nil
                    return outcome
                }
                slot.waiter = continuation
                slots.open[id] = slot
                return nil
            }
            if let ready { return continuation.resume(with: ready) }
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeout)) { [weak self] in
                guard let self else { return }
                settle(id, .failure(failure(.timedOut(what, seconds: timeout))))
            }
        }
    }

    func readUntilClosed() {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            for index in 0..<count where buffer[index] == 0 {
                pending.append(contentsOf: buffer[start..<index])
                deliver(pending)
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: buffer[start..<count])
        }
        closeAfterBrowserExit()
    }

    /// Wakes the reader, which then closes the socket: closing it here could hand its number
    /// to a file opened meanwhile, which the reader would then read.
    func hangUp() {
        socket.withLock { fd in
            if let fd { _ = shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    func malformed(_ method: String) -> ChromiumError {
        ChromiumError(code: .malformedReply(method: method))
    }

    private func send(_ message: [String: Any]) throws {
        let bytes = try JSONSerialization.data(withJSONObject: message) + [0]
        let sent = socket.withLock { fd -> Bool in
            guard let fd else { return false }
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard sent else { throw failure(.browserExited) }
    }

    private func deliver(_ message: Data) {
        guard let json = try? JSONSerialization.jsonObject(with: message) as? [String: Any] else { return }
        let method = json["method"] as? String, session = json["sessionId"] as? String
        let id = json["id"] as? Int ?? slots.withLock { slots in
            slots.open.filter { method != nil && $0.value.event == method && $0.value.session == session && $0.value.outcome == nil }.keys.min()
        }
        if let id { settle(id, .success(message)) }
    }

    /// Resumes the waiting task, or keeps the outcome for the wait still to come.
    private func settle(_ id: Int, _ result: Result<Data, ChromiumError>) {
        let waiter = slots.withLock { slots -> CheckedContinuation<Data, any Error>? in
            guard var slot = slots.open[id], slot.outcome == nil else { return nil }
            if let waiter = slot.waiter {
                slots.open[id] = nil
                return waiter
            }
            slot.outcome = result
            slots.open[id] = slot
            return nil
        }
        waiter?.resume(with: result)
    }

    private func closeAfterBrowserExit() {
        socket.withLock { fd in
            if let fd { Glibc.close(fd) }
            fd = nil
        }
        let ids = slots.withLock { slots in
            slots.closed = true
            return Array(slots.open.keys)
        }
        let exited = failure(.browserExited)
        ids.forEach { settle($0, .failure(exited)) }
    }

    /// Leaves out the D-Bus complaints: without a session bus Chromium logs dozens of them,
    /// which would push what matters out of the tail.
    private func failure(_ code: ChromiumError.Code) -> ChromiumError {
        let lines = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
            .filter { !$0.contains(":ERROR:dbus/") }.suffix(20)
        return ChromiumError(code: code, logTail: lines.joined(separator: "\n"))
    }
}
