/// `kiosk residents erase`: what the erasure removed, unlinked and, for bookkeeping, kept.
public struct ErasureReport: Codable, Sendable, Equatable {
    public var residentId: Int64
    public var passes: Int
    public var proxies: Int
    public var visits: Int
    public var signals: Int
    public var manifestLines: Int
    public var parcels: Int
    public var loans: Int
    public var movements: Int
    public var keptServiceUses: Int
    public var keptCreditMovements: Int
    public var creditLeftCents: Int
    public var backupsScrubbed: Int
    public var backupsPending: Bool

    public init(
        residentId: Int64, passes: Int, proxies: Int, manifestLines: Int, parcels: Int, loans: Int, movements: Int,
        keptServiceUses: Int, keptCreditMovements: Int, creditLeftCents: Int, backupsScrubbed: Int, backupsPending: Bool,
        visits: Int = 0, signals: Int = 0
    ) {
        self.residentId = residentId
        self.passes = passes
        self.proxies = proxies
        self.visits = visits
        self.signals = signals
        self.manifestLines = manifestLines
        self.parcels = parcels
        self.loans = loans
        self.movements = movements
        self.keptServiceUses = keptServiceUses
        self.keptCreditMovements = keptCreditMovements
        self.creditLeftCents = creditLeftCents
        self.backupsScrubbed = backupsScrubbed
        self.backupsPending = backupsPending
    }
}

/// `kiosk residents purge`: what the retention purge removed or unlinked.
public struct PurgeReport: Codable, Sendable, Equatable {
    public var manifestLines: Int
    public var parcels: Int
    public var loans: Int
    public var movements: Int
    public var paymentDetails: Int
    /// Signals closed or handed over, and visits, older than `parcel_days`.
    public var signals: Int
    public var visits: Int
    public var residentsErased: Int
    public var backupsScrubbed: Int
    public var backupsPending: Bool

    public init(
        manifestLines: Int, parcels: Int, loans: Int, movements: Int, paymentDetails: Int, signals: Int, visits: Int, residentsErased: Int,
        backupsScrubbed: Int, backupsPending: Bool
    ) {
        self.manifestLines = manifestLines
        self.parcels = parcels
        self.loans = loans
        self.movements = movements
        self.paymentDetails = paymentDetails
        self.signals = signals
        self.visits = visits
        self.residentsErased = residentsErased
        self.backupsScrubbed = backupsScrubbed
        self.backupsPending = backupsPending
    }
}
