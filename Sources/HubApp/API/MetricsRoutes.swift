import Devices
import Hummingbird
import HubAPI
import NIOCore

/// `GET /metrics`: the Prometheus text format, for the monitor role.
struct MetricsRoutes {
    let hub: Hub

    func add(to area: APIArea) {
        area.get(APIRoute.metrics, .monitorRole) { _, _ in
            await hub.metrics.devices.update(deviceReadings())
            let body = ByteBuffer(bytes: hub.metrics.text())
            return Response(status: .ok, headers: [.contentType: HubMetrics.contentType], body: .init(byteBuffer: body))
        }
    }

    /// Every configured device with a role, in the state `kiosk status` would show.
    private func deviceReadings() async -> [DeviceMetrics.Reading] {
        let entries = await hub.board.snapshot()
        let payment = await hub.payments?.status()
        return hub.devices.filter { $0.role != nil }.map { descriptor in
            let entry = entries[descriptor.name]
            let state = hub.paymentDeviceState(descriptor, payment)?.state ?? entry?.state.label ?? "starting"
            return DeviceMetrics.Reading(descriptor: descriptor, state: state, counters: entry?.counters ?? DeviceCounters())
        }
    }
}
