import Foundation
import Testing

/// Disk faults under the running hubd: what a dying SD card does to an fsync.
@Suite(.serialized) struct StorageFaultTests {
    @Test func aFailedFsyncIsNeverAcknowledgedNorRetriedAndHubdExitsForARestart() async throws {
        let shim = try await FsyncFailureShim()
        defer { shim.remove() }
        let hub = try Daemon()
        try await hub.start(environment: shim.environment)
        try hub.scan("VG00130013")
        _ = try await IntakeEndToEndTests.waitForParcels(hub, count: 1)

        shim.arm()
        try hub.scan("VG00130014")
        try await hub.waitForExit(seconds: 20)
        #expect(hub.process?.terminationStatus == 74, "EX_IOERR, so systemd restarts hubd")
        let log = hub.log()
        #expect(log.contains("the disk failed a write or fsync"), "\(log.suffix(2000))")
        #expect(!log.contains("barcode=VG00130014"), "nothing about the second scan was acknowledged")
        #expect(shim.failedCalls == 1, "the failed fsync was not retried")

        try await hub.start()
        let barcodes = try await IntakeEndToEndTests.parcels(hub).map(\.barcode)
        #expect(barcodes.first == "VG00130013", "what was acknowledged before is still there")
    }
}
