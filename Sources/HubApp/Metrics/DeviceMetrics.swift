import Devices
import Prometheus
import Synchronization

/// Device state and input counts, copied from the device status board when a scrape comes.
///
/// The board stays the one place drivers report to; this only turns its running totals into
/// Prometheus counters (by the increase since the last scrape) and its states into gauges.
final class DeviceMetrics: Sendable {
    /// A device's state and counts as the board and the payment desk see them at a scrape.
    struct Reading: Sendable {
        var descriptor: DeviceDescriptor
        var state: String
        var counters: DeviceCounters
    }

    private let registry: PrometheusCollectorRegistry
    /// What the counters already show, per device and reason ("" for delivered inputs).
    private let shown = Mutex<[String: [String: Int]]>([:])

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    func update(_ readings: [Reading]) {
        for reading in readings {
            let device = reading.descriptor
            let labels = [
                ("device", device.name), ("role", device.role?.rawValue ?? "none"), ("kind", device.driver.rawValue),
            ]
            registry.makeGauge(descriptor: Self.connected, labels: labels).set(to: reading.state == "connected" ? 1 : 0)
            advance(registry.makeCounter(descriptor: Self.delivered, labels: [("device", device.name)]), device.name, "", reading.counters.delivered)
            for (reason, count) in reading.counters.dropped {
                let counter = registry.makeCounter(descriptor: Self.dropped, labels: [("device", device.name), ("reason", reason)])
                advance(counter, device.name, reason, count)
            }
        }
    }

    /// Raises `counter` to the board's `total`; a board total never falls while hubd runs.
    private func advance(_ counter: Counter, _ device: String, _ reason: String, _ total: Int) {
        let increase = shown.withLock { shown in
            let before = shown[device]?[reason] ?? 0
            shown[device, default: [:]][reason] = max(before, total)
            return max(0, total - before)
        }
        counter.increment(by: Int64(increase))
    }

    private static var connected: MetricNameDescriptor { HubMetrics.name("device_connected", unit: "", help: "1 while a configured device is connected, else 0.") }
    private static var delivered: MetricNameDescriptor { HubMetrics.name("device_inputs", unit: "total", help: "Inputs a device delivered to the workflows.") }
    private static var dropped: MetricNameDescriptor {
        HubMetrics.name(
            "device_inputs_dropped", unit: "total",
            help: "Inputs dropped before a workflow saw them: repeats, rate limit, full queue, malformed."
        )
    }
}
