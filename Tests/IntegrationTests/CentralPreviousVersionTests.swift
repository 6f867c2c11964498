import Foundation
import GRDB
@testable import Inventory
import Testing

/// Issue 17, point 9: a hub that queued events under the previous payload version, then was
/// upgraded, sends them as they were written next to its new ones, and central takes both.
@Suite(.serialized) struct CentralPreviousVersionTests {
    @Test func queuedVersionOneEventsArriveNextToVersionTwoOnesOnceEach() async throws {
        let rig = try await CentralSyncTests.Rig(on: try await CentralSyncTests.migratedDatabase())
        try Self.databaseBeforePayloadVersion2(in: rig.daemon.directory + "/data", scans: ["VG00000001", "VG00000002"])
        try await rig.daemon.start()
        try rig.daemon.scan("VG00000003")
        try await waitUntil(seconds: 30, "all three parcels at central") { await rig.centralCount() == 3 }
        let versions = await rig.central.query("""
            SELECT string_agg(payload_version::text, ',' ORDER BY seq) FROM central.event WHERE hub_id = '\(rig.hubID)' AND kind = 'parcel.received'
            """)
        #expect(versions == "1,1,2", "the upgraded hub's queued events keep their version")
        #expect(await rig.centralBarcodes() == ["VG00000001", "VG00000002", "VG00000003"])
        #expect(await rig.centralIsGapFree())
        #expect(await rig.central.query("SELECT count(*) FROM central.hub WHERE id = '\(rig.hubID)' AND payload_version = 2") == "1")
    }

    /// The data directory as a hubd from before migration v16 left it: its key, and scans whose
    /// events wait in the outbox under payload version 1.
    static func databaseBeforePayloadVersion2(in data: String, scans: [String]) throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let key = try HubKey.loadOrCreate(at: data + "/hub.key")
        var configuration = Configuration()
        let functions = OutboxFunctions(hubKey: key, clock: .unvouched).all
        configuration.prepareDatabase { db in functions.forEach(db.add(function:)) }
        let queue = try DatabaseQueue(path: data + "/hub.sqlite", configuration: configuration)
        try HubDatabase.migrator.migrate(queue, upTo: "v15-reference")
        try queue.write { db in
            for barcode in scans {
                try db.execute(sql: """
                    INSERT INTO parcel (barcode, supplier_id, received_at, received_on, device, cold_chain, medication)
                    VALUES (?, 'vegro', '2026-11-23 07:42:00.000', '2026-11-23', 'intake', 0, 0)
                    """, arguments: [barcode])
            }
        }
        try queue.close()
    }
}
