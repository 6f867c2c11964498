import Foundation
import Inventory

/// Staff commands that need "the next tap" (enrolment, staff login) wait here. A waiting claim
/// takes the tap before the kiosk sees it, so a pass being enrolled never greets anyone.
public actor TapClaims {
    public struct Tap: Sendable {
        public var digest: PassDigest
        public var device: String
    }

    private struct Waiter {
        var purpose: String
        var continuation: CheckedContinuation<Tap, any Error>
    }

    private var waiters: [(id: Int, waiter: Waiter)] = []
    private var nextID = 0

    public init() {}

    /// What staff are waiting for, for `kiosk status` and the journal.
    public var pending: [String] { waiters.map(\.waiter.purpose) }

    /// Waits for the next pass tap on any pass reader, at most `timeout` seconds.
    public func next(purpose: String, timeout: Double) async throws -> Tap {
        let id = nextID
        nextID += 1
        let timer = Task { [weak self] in
            try await Task.sleep(for: .seconds(timeout))
            await self?.fail(id, with: Self.timedOut(timeout))
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiters.append((id, Waiter(purpose: purpose, continuation: continuation)))
            }
        } onCancel: {
            Task { await self.fail(id, with: CancellationError()) }
        }
    }

    /// Hands a tap to the oldest waiting claim; `false` when nobody waits.
    public func offer(_ tap: Tap) -> Bool {
        guard !waiters.isEmpty else { return false }
        let first = waiters.removeFirst()
        first.waiter.continuation.resume(returning: tap)
        return true
    }

    private func fail(_ id: Int, with error: any Error) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index).waiter
        waiter.continuation.resume(throwing: error)
    }

    static func timedOut(_ seconds: Double) -> InventoryError {
        InventoryError(
            .refused,
            nl: "geen pas getikt binnen \(Int(seconds)) s — houd de pas stil voor de paslezer en probeer het opnieuw",
            en: "no pass tapped within \(Int(seconds)) s — hold the pass still on the pass reader and try again"
        )
    }
}
