import Devices
import Inventory

/// The whole of `hubd.toml`, validated.
public struct Configuration: Sendable {
    public var hub: HubSettings
    public var devices: [DeviceDescriptor]
    public var suppliers: [Supplier]
    public var kiosk: KioskRules
    public var payments: PaymentRules
    public var backup: BackupPolicy
    public var retention: RetentionPolicy
    /// `[reports]`: the van estimate's factors.
    public var reports: PeriodReport.VanFactors
    public var access: AccessRules
    /// `[dashboard]`: off unless it names an address.
    public var dashboard = DashboardSettings()
    /// `[central]`: off unless it names central's URL.
    public var central = CentralSettings()
    /// The file it came from, or `nil` for the embedded default.
    public var sourcePath: String?

    public init(
        hub: HubSettings, devices: [DeviceDescriptor], suppliers: [Supplier], kiosk: KioskRules = KioskRules(),
        payments: PaymentRules = PaymentRules(), backup: BackupPolicy = BackupPolicy(), access: AccessRules = AccessRules(),
        retention: RetentionPolicy = RetentionPolicy(), reports: PeriodReport.VanFactors = PeriodReport.VanFactors(), sourcePath: String?
    ) {
        self.reports = reports
        self.retention = retention
        self.backup = backup
        self.hub = hub
        self.kiosk = kiosk
        self.payments = payments
        self.access = access
        self.devices = devices
        self.suppliers = suppliers
        self.sourcePath = sourcePath
    }
}
