import Devices
import Foundation
import HubConfig
import Inventory
import Logging
import Workflows

/// Everything the running daemon holds, assembled once at start-up from the configuration.
public final class Hub: Sendable {
    public let configuration: Configuration
    public let database: HubDatabase
    public let calendar: HubCalendar
    public let residents: ResidentStore
    public let parcels: ParcelStore
    public let manifests: ManifestStore
    public let staff: StaffSessionStore
    public let events: EventBroadcaster
    public let board: DeviceStatusBoard
    public let simulation: Simulation?
    public let intake: IntakeWorkflow
    public let passTaps: PassTapHook
    /// The GPIO LEDs and buzzer when a board is configured; otherwise feedback is a journal line.
    public let gpioFeedback: GPIOFeedback?
    public let startedAt: Date
    public let logger: Logger

    /// The devices as they run: under `--simulate`, serial paths point at the virtual ptys.
    public let devices: [DeviceDescriptor]

    public init(configuration: Configuration, simulate: Bool, calendar: HubCalendar = HubCalendar(), logger: Logger) throws {
        self.configuration = configuration
        self.calendar = calendar
        self.logger = logger
        let dataDirectory = configuration.hub.dataDirectory
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        database = try HubDatabase(path: dataDirectory + "/hub.sqlite", logger: logger)
        residents = ResidentStore(database: database, calendar: calendar)
        parcels = ParcelStore(
            database: database, calendar: calendar,
            suppliers: SupplierDirectory(configuration.suppliers), coldChainHours: configuration.hub.coldChainHours
        )
        manifests = ManifestStore(database: database, calendar: calendar)
        staff = StaffSessionStore(database: database)
        events = EventBroadcaster()
        board = DeviceStatusBoard()
        simulation = simulate ? try Simulation(devices: configuration.devices, directory: dataDirectory + "/simulated", logger: logger) : nil
        devices = simulation?.devices ?? configuration.devices
        gpioFeedback = GPIODriverFactory.feedback(for: devices, logger: logger)
        intake = IntakeWorkflow(
            parcels: parcels, staff: staff, calendar: calendar,
            feedback: gpioFeedback ?? LogFeedback(logger: logger) as any FeedbackSink, events: events, logger: logger
        )
        passTaps = PassTapHook(logger: logger)
        startedAt = calendar.now()
    }

    /// Device → decoded input → workflow. Roles without a workflow yet are logged, not dropped silently.
    func route(_ input: InputEvent) async {
        switch input.role {
        case .intake:
            await intake.handle(input)
        case .pass:
            await passTaps.handle(input)
        case .buttons:
            logger.debug("button pressed", metadata: ["device": "\(input.device)"])
        default:
            logger.warning("input from a role with no workflow yet", metadata: ["device": "\(input.device)", "role": "\(input.role.rawValue)"])
        }
    }
}
