import HubConfig
import Inventory
import Logging
import Workflows

/// The daemon's stores over one database, so routes and workflows share a single set.
public struct HubStores: Sendable {
    public let residents: ResidentStore
    public let parcels: ParcelStore
    public let manifests: ManifestStore
    public let intakeOperator: StaffSessionStore
    public let passes: PassStore
    public let staff: StaffStore
    public let services: ServiceCatalog
    public let uses: ServiceUseStore
    public let credit: CreditStore
    public let proxies: ProxyStore
    public let timeline: ResidentTimeline
    public let reports: ReportStore
    public let invoices: InvoiceStore
    public let audit: AuditLog
    public let payments: PaymentStore
    public let articles: ArticleStore
    public let stock: StockStore
    public let backups: HubBackups
    public let privacy: PrivacyStore
    public let browsers: BrowserStore
    public let reference: ReferenceStore
    public let signals: SignalStore
    public let visits: VisitStore
    public let rounds: RoundStore
    let suppliers: SupplierDirectory

    /// One supplier directory for every store: the config's suppliers, then those central sent.
    init(database: HubDatabase, calendar: HubCalendar, configuration: Configuration, logger: Logger) throws {
        let rules = configuration.kiosk
        let suppliers = SupplierDirectory(configuration.suppliers)
        let stored = try ReferenceStore.storedSuppliers(database)
        suppliers.adopt(stored.suppliers)
        for id in stored.unreadable {
            logger.error("a supplier central sent cannot be read by this hubd and is left out until central sends it again", metadata: ["supplier": "\(id)"])
        }
        self.suppliers = suppliers
        residents = ResidentStore(database: database, calendar: calendar)
        parcels = ParcelStore(database: database, calendar: calendar, suppliers: suppliers, coldChainHours: configuration.hub.coldChainHours)
        manifests = ManifestStore(database: database, calendar: calendar)
        intakeOperator = StaffSessionStore(database: database)
        passes = PassStore(database: database, calendar: calendar)
        staff = StaffStore(database: database, calendar: calendar, hasher: PINHasher(rounds: rules.pinRounds), rules: rules)
        services = ServiceCatalog(database: database, calendar: calendar, rules: rules)
        uses = ServiceUseStore(database: database, calendar: calendar, rules: rules)
        credit = CreditStore(database: database, calendar: calendar)
        proxies = ProxyStore(database: database, calendar: calendar)
        timeline = ResidentTimeline(database: database, calendar: calendar)
        backups = HubBackups(database: database, policy: configuration.backup)
        privacy = PrivacyStore(database: database, calendar: calendar, backups: backups, policy: configuration.retention)
        reports = ReportStore(database: database, calendar: calendar, van: configuration.reports, suppliers: suppliers)
        invoices = InvoiceStore(database: database, calendar: calendar, suppliers: suppliers)
        audit = AuditLog(database: database)
        payments = PaymentStore(database: database, calendar: calendar, rules: configuration.payments)
        articles = ArticleStore(database: database, calendar: calendar)
        stock = StockStore(database: database, calendar: calendar)
        browsers = BrowserStore(database: database, calendar: calendar)
        reference = ReferenceStore(database: database, calendar: calendar, kioskRules: rules, suppliers: suppliers)
        signals = SignalStore(database: database, calendar: calendar)
        visits = VisitStore(database: database, calendar: calendar)
        rounds = RoundStore(database: database, calendar: calendar, parcels: parcels)
    }

    var stockDesk: StockDeskStores {
        StockDeskStores(articles: articles, stock: stock, residents: residents, passes: passes, suppliers: suppliers)
    }

    var kiosk: KioskStores {
        KioskStores(
            passes: passes, staff: staff, residents: residents, services: services, uses: uses,
            credit: credit, parcels: parcels, intakeOperator: intakeOperator
        )
    }
}
