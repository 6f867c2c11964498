import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite struct EventBroadcasterTests {
    @Test func aConsoleConnectingAfterShutdownGetsAnEndedStream() async {
        let events = EventBroadcaster()
        await events.finishAll()
        let stream = await events.subscribe()
        var received = 0
        for await _ in stream { received += 1 }
        #expect(received == 0)
        #expect(await events.subscriberCount == 0)
    }

    @Test func subscribersReceivePublishedEvents() async {
        let events = EventBroadcaster()
        let stream = await events.subscribe()
        let event = HubEvent(kind: .screen, time: Date(), device: "kiosk", barcode: nil, message: LocalizedText(nl: "a", en: "a"))
        await events.publish(event)
        await events.finishAll()
        var received: [HubEvent] = []
        for await item in stream { received.append(item) }
        #expect(received == [event])
    }
}
