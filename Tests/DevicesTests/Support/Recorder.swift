import Devices

/// Collects what a driver emits and reports, so tests can wait for it.
actor Recorder {
    private(set) var events: [InputEvent] = []
    private(set) var states: [DeviceState] = []

    nonisolated var emit: InputSink {
        { event in await self.append(event) }
    }

    nonisolated var report: StateSink {
        { state in await self.append(state) }
    }

    var payloads: [InputEvent.Payload] {
        events.map(\.payload)
    }

    var lastState: DeviceState? {
        states.last
    }

    func count(of label: String) -> Int {
        states.filter { $0.label == label }.count
    }

    private func append(_ event: InputEvent) {
        events.append(event)
    }

    private func append(_ state: DeviceState) {
        states.append(state)
    }
}
