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
    public let stores: HubStores
    public let events: EventBroadcaster
    public let board: DeviceStatusBoard
    /// The device loops running now, for the watchdog's liveness probes.
    public let loopPings = LoopPings()
    public let simulation: Simulation?
    public let intake: IntakeWorkflow
    public let kiosk: KioskSession
    public let claims: TapClaims
    public let passTaps: PassTapHook
    /// The stock desk's open batch, filled by devices with role "stock".
    public let stockDesk: StockDesk
    /// The card terminal's payment core; nil when no device has role "payment".
    public let payments: PaymentDesk?
    /// The GPIO LEDs and buzzer when a board is configured; otherwise feedback is a journal line.
    public let gpioFeedback: GPIOFeedback?
    public let startedAt: Date
    /// Signs and checks the dashboard's form tokens under the hub's key, so they survive a restart.
    let formTokens: FormTokens
    /// What `GET /metrics` shows; recorded here, in the app layer, as workflows answer.
    public let metrics: HubMetrics
    /// The sync with central; nil when `[central]` is off.
    let central: CentralSetup?
    public let logger: Logger

    /// The devices as they run: under `--simulate`, serial paths point at the virtual ptys.
    public let devices: [DeviceDescriptor]

    public init(configuration: Configuration, simulate: Bool, calendar: HubCalendar = HubCalendar(), logger: Logger) throws {
        self.configuration = configuration
        self.calendar = calendar
        self.logger = logger
        let dataDirectory = configuration.hub.dataDirectory
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let key = try HubKey.loadOrCreate(at: configuration.hub.keyFile)
        database = try HubDatabase(
            path: dataDirectory + "/hub.sqlite", logger: logger, key: key,
            clock: SystemClock.outboxClock(calendar: calendar, overridden: ClockOverride.isSet()),
            shareAddressPseudonyms: configuration.central.shareAddressPseudonyms,
            walAutocheckpointPages: CheckpointOverride.pages(logger: logger)
        )
        stores = try HubStores(database: database, calendar: calendar, configuration: configuration, logger: logger)
        events = EventBroadcaster()
        board = DeviceStatusBoard()
        metrics = HubMetrics()
        simulation = simulate ? try Simulation(devices: configuration.devices, directory: dataDirectory + "/simulated", logger: logger) : nil
        devices = simulation?.devices ?? configuration.devices
        gpioFeedback = GPIODriverFactory.feedback(for: devices, logger: logger)
        let feedback = gpioFeedback ?? LogFeedback(logger: logger) as any FeedbackSink
        intake = IntakeWorkflow(
            parcels: stores.parcels, calendar: calendar,
            feedback: feedback, events: events, logger: logger
        )
        payments = Self.paymentDesk(devices: devices, stores: stores, calendar: calendar, events: events, metrics: metrics, logger: logger)
        claims = TapClaims()
        stockDesk = StockDesk(stores: stores.stockDesk, claims: claims, calendar: calendar, feedback: feedback, events: events, logger: logger)
        kiosk = KioskSession(
            stores: stores.kiosk, rules: configuration.kiosk, calendar: calendar, events: events, logger: logger,
            payments: payments, stock: stockDesk
        )
        formTokens = FormTokens(key: key)
        passTaps = PassTapHook(key: key, claims: claims, kiosk: kiosk, feedback: feedback, logger: logger)
        central = CentralSetup.make(configuration.central, outbox: OutboxStore(database: database), reference: stores.reference, calendar: calendar, logger: logger)
        startedAt = calendar.now()
    }

    /// Device → decoded input → workflow. Roles without a workflow yet are logged, not dropped silently.
    func route(_ input: InputEvent) async {
        switch input.role {
        case .intake:
            let arrived = ContinuousClock.now
            let event = await intake.handle(input)
            metrics.scanned(event.kind, elapsed: ContinuousClock.now - arrived)
            if event.kind == .scanAccepted || event.kind == .scanDuplicate, let barcode = event.barcode {
                await kiosk.scanned(barcode)
            }
        case .pass:
            metrics.tapped(await passTaps.handle(input).label)
        case .buttons:
            await press(input)
        case .stock:
            let event = await stockDesk.handle(input)
            await kiosk.stockScanned(event)
        default:
            logger.warning("input from a role with no workflow yet", metadata: ["device": "\(input.device)", "role": "\(input.role.rawValue)"])
        }
    }

    /// A GPIO button is the keypad key of the same number, on whatever screen is showing.
    private func press(_ input: InputEvent) async {
        guard case .button(let number) = input.payload else { return }
        let screen = await kiosk.current()
        do {
            _ = try await kiosk.press(String(number), session: screen.session)
        } catch {
            logger.info("button pressed that the screen does not offer", metadata: ["device": "\(input.device)", "button": "\(number)"])
        }
    }
}
