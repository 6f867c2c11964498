import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

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

    /// The SD card's file system gone read-only under a running hubd, as the kernel does after
    /// an I/O error (`errors=remount-ro`): writes answer EROFS. Reported like a failed fsync.
    @Test func aReadOnlyFileSystemIsReportedLikeAFailedFsync() async throws {
        let shim = try await FsyncFailureShim()
        defer { shim.remove() }
        let hub = try Daemon()
        try await hub.start(environment: shim.environment)
        try hub.scan("VG00130013")
        try await waitUntil(seconds: 10, "the first scan") { hub.log().contains("barcode=VG00130013") }

        shim.makeReadOnly()
        try hub.scan("VG00130014")
        do {
            try await hub.waitForExit(seconds: 20)
        } catch {
            Issue.record("\(hub.log().suffix(1500))")
            throw error
        }
        #expect(hub.process?.terminationStatus == 74, "\(hub.log().suffix(1500))")
        #expect(hub.log().contains("the disk failed a write or fsync"))
        #expect(!hub.log().contains("barcode=VG00130014"), "nothing about the second scan was acknowledged")
    }
}
