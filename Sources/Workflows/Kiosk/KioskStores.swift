import Inventory

/// The stores the kiosk flow reads and writes, gathered so the session's initialiser stays short.
public struct KioskStores: Sendable {
    public var passes: PassStore
    public var staff: StaffStore
    public var residents: ResidentStore
    public var services: ServiceCatalog
    public var uses: ServiceUseStore
    public var credit: CreditStore
    public var parcels: ParcelStore
    /// Who is at the intake desk: set when staff log in, so scans record their name.
    public var intakeOperator: StaffSessionStore

    public init(
        passes: PassStore, staff: StaffStore, residents: ResidentStore, services: ServiceCatalog, uses: ServiceUseStore,
        credit: CreditStore, parcels: ParcelStore, intakeOperator: StaffSessionStore
    ) {
        self.passes = passes
        self.staff = staff
        self.residents = residents
        self.services = services
        self.uses = uses
        self.credit = credit
        self.parcels = parcels
        self.intakeOperator = intakeOperator
    }
}
