/// Where an open tap claim is shown: the kiosk screen, so a resident who taps sees that the
/// reader is taken for a staff command and nothing happens behind their back.
public protocol ClaimDisplay: Sendable {
    /// `false` when the screen cannot be taken now (a resident is mid-way), which refuses the claim.
    func showClaim(_ purpose: TapClaims.Purpose) async -> Bool
    func endClaim(_ purpose: TapClaims.Purpose) async
}
