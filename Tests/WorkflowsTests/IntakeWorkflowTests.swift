import Devices
import Foundation
import Inventory
import Logging
import Testing
@testable import Workflows

/// Records what the LEDs and buzzer were told, in order.
actor RecordingFeedback: FeedbackSink {
    private(set) var signals: [FeedbackSignal] = []
    func signal(_ signal: FeedbackSignal, device: String) async { signals.append(signal) }
}

@Suite struct IntakeWorkflowTests {
    struct Fixture {
        let directory: String
        let database: HubDatabase
        let workflow: IntakeWorkflow
        let feedback: RecordingFeedback
        let events: EventBroadcaster
        let staff: StaffSessionStore
        let parcels: ParcelStore
        let calendar: HubCalendar

        init() throws {
            directory = NSTemporaryDirectory() + "bh-wf-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            database = try HubDatabase(path: directory + "/hub.sqlite", logger: Logger(label: "test"))
            let fixed = ISO8601DateFormatter().date(from: "2026-11-23T07:42:00Z") ?? Date()
            calendar = HubCalendar(timeZone: TimeZone(identifier: "UTC") ?? .current, now: { fixed })
            let suppliers = SupplierDirectory([Supplier(id: "vegro", name: "Vegro", patterns: [try SupplierPattern("^VG[0-9]{8}$")])])
            parcels = ParcelStore(database: database, calendar: calendar, suppliers: suppliers, coldChainHours: 4)
            staff = StaffSessionStore(database: database)
            feedback = RecordingFeedback()
            events = EventBroadcaster()
            workflow = IntakeWorkflow(parcels: parcels, calendar: calendar, feedback: feedback, events: events, logger: Logger(label: "test"))
        }

        func input(_ payload: InputEvent.Payload) -> InputEvent {
            InputEvent(device: "intake-scanner", role: .intake, time: calendar.now(), payload: payload)
        }
    }

    @Test func aStoredScanIsAcknowledgedAndRecordsWhoWasAtTheConsole() async throws {
        let f = try Fixture()
        _ = try await f.staff.login("Anna", at: f.calendar.now())
        let stream = await f.events.subscribe()
        let event = await f.workflow.handle(f.input(.code("VG12345678")))
        #expect(event.kind == .scanAccepted)
        #expect(event.message.en.contains("Vegro"))
        #expect(await f.feedback.signals == [.accepted])
        var iterator = stream.makeAsyncIterator()
        #expect(await iterator.next()?.barcode == "VG12345678")
        let stored = try await f.parcels.parcels(on: f.calendar.today)
        #expect(stored.first?.receivedBy == "Anna")
    }

    @Test func aDuplicateSaysWhenItWasReceived() async throws {
        let f = try Fixture()
        await f.workflow.handle(f.input(.code("VG12345678")))
        let again = await f.workflow.handle(f.input(.code("VG12345678")))
        #expect(again.kind == .scanDuplicate)
        #expect(again.message.en == "VG12345678 already received 07:42 — nothing new stored")
        #expect(again.message.nl == "VG12345678 al ontvangen 07:42 — niets nieuws opgeslagen")
        #expect(await f.feedback.signals == [.accepted, .duplicate])
    }

    @Test func deviceRejectionsAndBadCodesGiveRedFeedbackAndStoreNothing() async throws {
        let f = try Fixture()
        let rejected = await f.workflow.handle(f.input(.rejected(InputRejection(.tooLong, "too long"))))
        #expect(rejected.kind == .scanRejected)
        #expect(rejected.message.nl.contains("te lang"))
        let control = await f.workflow.handle(f.input(.code("AB\u{1B}CD")))
        #expect(control.kind == .scanRejected)
        #expect(await f.feedback.signals == [.rejected, .rejected])
        #expect(try await f.parcels.parcels(on: f.calendar.today).isEmpty)
    }

    @Test func aFailingStoreIsNeverAcknowledged() async throws {
        let f = try Fixture()
        try await f.database.pool.write { try $0.execute(sql: "DROP TABLE delivery_attempt; DROP TABLE parcel") }
        let event = await f.workflow.handle(f.input(.code("VG12345678")))
        #expect(event.kind == .scanFailed)
        #expect(event.message.en.hasPrefix("NOT stored"))
        #expect(await f.feedback.signals == [.rejected])
    }
}
