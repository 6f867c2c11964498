import HubConfig
import Inventory
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
    let suppliers: SupplierDirectory

    init(database: HubDatabase, calendar: HubCalendar, configuration: Configuration) {
        let rules = configuration.kiosk
        residents = ResidentStore(database: database, calendar: calendar)
        parcels = ParcelStore(
            database: database, calendar: calendar,
            suppliers: SupplierDirectory(configuration.suppliers), coldChainHours: configuration.hub.coldChainHours
        )
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
        reports = ReportStore(
            database: database, calendar: calendar, van: configuration.reports, suppliers: SupplierDirectory(configuration.suppliers)
        )
        invoices = InvoiceStore(database: database, calendar: calendar, suppliers: SupplierDirectory(configuration.suppliers))
        audit = AuditLog(database: database)
        payments = PaymentStore(database: database, calendar: calendar, rules: configuration.payments)
        articles = ArticleStore(database: database, calendar: calendar)
        stock = StockStore(database: database, calendar: calendar)
        suppliers = SupplierDirectory(configuration.suppliers)
        browsers = BrowserStore(database: database, calendar: calendar)
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
