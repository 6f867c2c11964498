import Inventory

extension KioskSession: ClaimDisplay {
    /// Only a free kiosk (or one in staff mode, where the staff member stands at it) can be
    /// claimed; a resident mid-way keeps their screen and the staff command is refused.
    public func showClaim(_ purpose: TapClaims.Purpose) async -> Bool {
        await expireIfIdle()
        switch stage {
        case .idle, .notice, .claim:
            await show(staffScreens.claim(session: newSession(), purpose: purpose), stage: .claim)
            return true
        case .staff:
            return true
        case .resolving, .visit, .staffPIN, .paying:
            return false
        }
    }

    public func endClaim(_ purpose: TapClaims.Purpose) async {
        if case .claim = stage { await goIdle() }
    }
}
