import Foundation
import Inventory

/// Staff commands that need "the next tap" (staff login, adding staff, pass enrolment) wait
/// here. There is one claim at a time; it takes a tap before the kiosk sees it, but only a tap
/// it accepts (a login takes staff passes only), so a resident's tap is never swallowed.
public actor TapClaims {
    public struct Tap: Sendable {
        public var digest: PassDigest
        public var device: String
    }

    /// Why a staff command waits for a tap; the kiosk screen says it to whoever stands there.
    public enum Purpose: String, Sendable {
        case staffLogin = "staff login"
        case newStaffPass = "staff pass of a new staff member"
        case enrolment = "pass enrolment"
        case stockIssue = "stock issue"
    }

    public typealias Filter = @Sendable (PassDigest) async -> Bool

    private struct Claim {
        var id: Int
        var purpose: Purpose
        var accepts: Filter
        var continuation: CheckedContinuation<Tap, any Error>?
    }

    private var claim: Claim?
    private var nextID = 0
    private var display: (any ClaimDisplay)?

    public init() {}

    /// The kiosk screen, which shows every open claim to whoever stands at the reader.
    public func attach(_ display: any ClaimDisplay) {
        self.display = display
    }

    /// Opens a claim, waits for an accepted tap, and closes it whatever happens.
    public func next(_ purpose: Purpose, accepts: @escaping Filter = { _ in true }, timeout: Double) async throws -> Tap {
        let id = try await open(purpose, accepts: accepts)
        do {
            let tap = try await wait(id, timeout: timeout)
            await display?.endClaim(purpose)
            return tap
        } catch {
            await end(id, with: CancellationError())
            throw error
        }
    }

    /// What staff are waiting for, for `kiosk status` and the journal.
    public var pending: [String] { claim.map { [$0.purpose.rawValue] } ?? [] }

    /// Opens the one claim and puts it on the kiosk screen, or refuses while another staff
    /// command holds it or a resident is using the kiosk.
    public func open(_ purpose: Purpose, accepts: @escaping Filter = { _ in true }) async throws -> Int {
        if let claim { throw Self.busy(claim.purpose) }
        nextID += 1
        let id = nextID
        claim = Claim(id: id, purpose: purpose, accepts: accepts)
        if let display, await !display.showClaim(purpose) {
            if claim?.id == id { claim = nil }
            throw Self.kioskInUse()
        }
        return id
    }

    /// Waits for a tap the open claim accepts, at most `timeout` seconds. A cancelled wait (the
    /// client went away) ends the claim at once.
    public func wait(_ id: Int, timeout: Double) async throws -> Tap {
        let timer = Task { [weak self] in
            try await Task.sleep(for: .seconds(timeout))
            await self?.end(id, with: Self.timedOut(timeout))
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard claim?.id == id, claim?.continuation == nil, !Task.isCancelled else {
                    return continuation.resume(throwing: CancellationError())
                }
                claim?.continuation = continuation
            }
        } onCancel: {
            Task { await self.end(id, with: CancellationError()) }
        }
    }


    /// Hands a tap to the open claim if it accepts it; `false` sends it on to the kiosk.
    public func offer(_ tap: Tap) async -> Bool {
        guard let open = claim, open.continuation != nil else { return false }
        guard await open.accepts(tap.digest), claim?.id == open.id, let continuation = claim?.continuation else { return false }
        claim = nil
        continuation.resume(returning: tap)
        return true
    }

    private func end(_ id: Int, with error: any Error) async {
        guard let open = claim, open.id == id else { return }
        claim = nil
        open.continuation?.resume(throwing: error)
        await display?.endClaim(open.purpose)
    }

    static func timedOut(_ seconds: Double) -> InventoryError {
        InventoryError(
            .refused,
            nl: "geen pas getikt binnen \(Int(seconds)) s — houd de pas stil voor de paslezer en probeer het opnieuw",
            en: "no pass tapped within \(Int(seconds)) s — hold the pass still on the pass reader and try again"
        )
    }

    static func kioskInUse() -> InventoryError {
        InventoryError(
            .conflict,
            nl: "iemand gebruikt de kiosk nu — probeer het opnieuw als het scherm 'Houd uw pas voor de lezer' toont",
            en: "someone is using the kiosk now — try again when the screen shows 'Hold your pass to the reader'"
        )
    }

    static func busy(_ purpose: Purpose) -> InventoryError {
        InventoryError(
            .conflict,
            nl: "de paslezer wacht al op een tik voor een andere opdracht (\(purpose.rawValue)) — probeer het over een minuut opnieuw",
            en: "the pass reader is already waiting for a tap for another command (\(purpose.rawValue)) — try again in a minute"
        )
    }
}
