import Foundation
import GRDB
import Testing
@testable import Inventory

/// The intake insert binds dates as `StoredDate` text instead of letting GRDB format them, so
/// both must write the same text for every date, or a parcel scanned at the desk would sort
/// and compare differently from one written by any other path.
@Suite struct StoredDateTests {
    static let samples: [TimeInterval] = [
        0, 0.001, 0.0009, 0.9995, 59.999, 951_782_400, 951_868_799.999, 1_798_761_599.9999,
        1_796_600_000.123, 1_796_600_000.1235, 4_102_444_800.5, 1_000_000_000.0004,
    ]

    @Test(arguments: samples) func writesWhatGRDBWrites(seconds: TimeInterval) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(StoredDate.text(date) == String.fromDatabaseValue(date.databaseValue))
    }

    @Test func agreesWithGRDBOverAYearOfRandomMoments() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let date = Date(timeIntervalSince1970: Double.random(in: 1_700_000_000...1_900_000_000, using: &generator))
            #expect(StoredDate.text(date) == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func aScannedParcelReadsBackAsTheRecordAPIWouldHaveWrittenIt() async throws {
        let hub = try TestHub()
        let result = try await hub.scan("TDJ1234567")
        let inserted = result.parcel
        let id = try #require(inserted.id)
        let stored = try await hub.database.pool.read { db in try #require(try Parcel.fetchOne(db, key: id)) }
        #expect(stored.barcode == inserted.barcode)
        #expect(stored.supplierId == "maaltijden")
        #expect(stored.coldChain && !stored.medication)
        #expect(StoredDate.text(stored.receivedAt) == StoredDate.text(inserted.receivedAt))
        #expect(stored.deadlineAt.map(StoredDate.text) == inserted.deadlineAt.map(StoredDate.text))
        #expect(stored.receivedOn == inserted.receivedOn && stored.receivedBy == "Anna" && stored.closedOn == nil)
        #expect(stored.attempts == 0 && stored.outcome == nil && stored.residentId == nil)
    }
}
