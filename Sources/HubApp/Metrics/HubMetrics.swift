import Inventory
import Prometheus
import Workflows

/// The counts a Prometheus server scrapes from `GET /metrics`: what became of scans, taps and
/// payments, and how long a scan took to be committed. Recorded in the app layer once a
/// workflow has acknowledged, so `Devices`, `Inventory` and `Workflows` know nothing of it.
///
/// Labels carry outcomes and configured device names only, never a barcode, a pass or a
/// resident: a scrape is readable by the monitor role, which sees no personal data.
public final class HubMetrics: Sendable {
    /// The content type of the text exposition format Prometheus servers ask for.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// From a cached scan on a quiet hub (about a millisecond) to a writer held up by a slow
    /// SD card (seconds).
    static let scanBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
    ]

    /// The statuses a payment is announced in once its step is over; pending and sent are steps.
    static let paymentEnds: [PaymentStatus] = [.approved, .declined, .aborted, .unknown]

    let registry = PrometheusCollectorRegistry()
    private let scanToCommit: DurationHistogram
    /// Looked up once: every scan counts, and the registry's lookup takes its lock and hashes
    /// the name and labels.
    private let scanCounters: [ScanOutcome: Counter]
    let devices: DeviceMetrics

    public init() {
        scanToCommit = registry.makeDurationHistogram(
            descriptor: Self.name("scan_to_commit", unit: "seconds", help: "Time from a scan reaching the intake workflow to its committed acknowledgement."),
            buckets: Self.scanBuckets
        )
        devices = DeviceMetrics(registry: registry)
        let registry = registry
        scanCounters = Dictionary(uniqueKeysWithValues: ScanOutcome.allCases.map { ($0, Self.scans($0, registry)) })
        // Every outcome is shown from the first scrape, at 0, so a rate over it has a start.
        for counter in scanCounters.values { counter.increment(by: Int64(0)) }
        for outcome in TapMetricOutcome.all { taps(outcome).increment(by: Int64(0)) }
        for status in Self.paymentEnds { payments(status.rawValue).increment(by: Int64(0)) }
    }

    /// An intake scan the workflow has answered; `elapsed` runs from the input's arrival to the
    /// answer, which for a stored scan comes after the commit.
    func scanned(_ kind: HubEvent.Kind, elapsed: Duration) {
        guard let outcome = ScanOutcome(kind) else { return }
        scanCounters[outcome]?.increment()
        if outcome == .stored { scanToCommit.record(elapsed) }
    }

    func tapped(_ outcome: String) {
        taps(outcome).increment()
    }

    /// A payment that reached its last word: approved, declined, aborted or unknown.
    func settled(_ status: PaymentStatus) {
        payments(status.rawValue).increment()
    }

    /// The text exposition of everything recorded so far.
    func text() -> [UInt8] {
        registry.emitToBuffer()
    }

    private static func scans(_ outcome: ScanOutcome, _ registry: PrometheusCollectorRegistry) -> Counter {
        registry.makeCounter(descriptor: Self.name("scans", unit: "total", help: "Intake scans by outcome."), labels: [("outcome", outcome.rawValue)])
    }

    private func taps(_ outcome: String) -> Counter {
        registry.makeCounter(descriptor: Self.name("taps", unit: "total", help: "Pass taps by outcome."), labels: [("outcome", outcome)])
    }

    private func payments(_ outcome: String) -> Counter {
        registry.makeCounter(descriptor: Self.name("payments", unit: "total", help: "Card payments by final status."), labels: [("outcome", outcome)])
    }

    /// One spelling of every name: the registry stops the process when one name comes back
    /// with other help text.
    static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "buurhub", metricName: metric, unitName: unit, helpText: help)
    }
}

/// The label value of an intake scan's outcome.
enum ScanOutcome: String, CaseIterable {
    case stored, duplicate, rejected, failed

    init?(_ kind: HubEvent.Kind) {
        switch kind {
        case .scanAccepted: self = .stored
        case .scanDuplicate: self = .duplicate
        case .scanRejected: self = .rejected
        case .scanFailed: self = .failed
        case .screen, .payment, .stock: return nil
        }
    }
}

/// The label values of a pass tap: the kiosk's outcomes, plus a tap a waiting staff command
/// took and reader input that was not a tap at all.
enum TapMetricOutcome {
    static let claimed = "claimed"
    static let rejected = "rejected"
    static let all = [claimed, rejected] + TapOutcome.allCases.map(\.rawValue)
}

extension PassTapResult {
    var label: String {
        switch self {
        case .claimed: TapMetricOutcome.claimed
        case .kiosk(let outcome): outcome.rawValue
        case .notATap: TapMetricOutcome.rejected
        }
    }
}
