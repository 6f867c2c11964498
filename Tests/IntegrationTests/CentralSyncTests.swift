import Central
import Foundation
import HubAPI
import Testing

/// Issue 17 through the real parts: `hubd` processes sending their outbox over TLS to a real
/// PostgreSQL 15 (`CentralServer`), set up with `hubcentral`, under the faults the issue names.
/// Every check of "nothing lost, nothing doubled" reads central's own tables.
@Suite(.serialized) struct CentralSyncTests {
    /// A hub set up against a fresh central database, with `extra` appended to its config.
    struct Rig {
        let central: CentralDatabase
        let hubID: String
        let daemon: Daemon
        let files: String

        init(hubID: String? = nil, on central: CentralDatabase? = nil) async throws {
            let central = if let central { central } else { try await CentralServer.shared().freshDatabase() }
            files = NSTemporaryDirectory() + "bh-central-files-" + String(UUID().uuidString.prefix(8))
            try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
            let hubID = hubID ?? "hub-" + UUID().uuidString.prefix(8).lowercased()
            let stanza = try await central.addHub(hubID, directory: files)
            self.central = central
            self.hubID = hubID
            daemon = try Daemon(extraConfig: "\n" + stanza)
        }

        /// Events central holds for this hub, by kind.
        func centralCount(_ kind: String = "parcel.received") async -> Int {
            Int(await central.query("SELECT count(*) FROM central.event e JOIN central.hub h ON h.id = e.hub_id WHERE h.id = '\(hubID)' AND kind = '\(kind)'")) ?? -1
        }

        /// Every epoch central holds of this hub is gap-free: as many events as numbers.
        func centralIsGapFree() async -> Bool {
            await central.query("""
                SELECT count(*) FROM (SELECT epoch FROM central.event WHERE hub_id = '\(hubID)'
                GROUP BY epoch HAVING count(*) <> max(seq) - min(seq) + 1) g
                """) == "0"
        }

        /// `pg_dump` of this hub's central database into `file`, as central's operator would.
        func dumpCentral(to file: String) async -> Bool {
            let server = central.server
            try? FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: (file as NSString).deletingLastPathComponent)
            let dumped = await CentralServer.run(Self.asOwner[0], Array(Self.asOwner.dropFirst()) + [
                "pg_dump", "-h", server.directory, "-p", String(server.port), "-U", "central_admin", "-d", central.name, "-f", file,
            ])
            return dumped.status == 0
        }

        /// Central's database dropped and restored from `file`.
        func restoreCentral(from file: String) async -> Bool {
            let server = central.server
            guard await server.psql("DROP DATABASE \(central.name) WITH (FORCE)").status == 0,
                  await server.psql("CREATE DATABASE \(central.name)").status == 0 else { return false }
            let restored = await CentralServer.run(Self.asOwner[0], Array(Self.asOwner.dropFirst()) + [
                "psql", "-h", server.directory, "-p", String(server.port), "-U", "central_admin", "-d", central.name, "-qX", "-v", "ON_ERROR_STOP=1", "-f", file,
            ])
            return restored.status == 0
        }

        /// PostgreSQL's tools run as its own user when the tests run as root.
        static var asOwner: [String] { getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : ["env"] }

        /// Barcodes central has as received, each once.
        func centralBarcodes() async -> [String] {
            await central.query("SELECT payload->>'barcode' FROM central.event WHERE hub_id = '\(hubID)' AND kind = 'parcel.received' ORDER BY 1")
                .split(separator: "\n").map(String.init)
        }
    }

    static func migratedDatabase() async throws -> CentralDatabase {
        let database = try await CentralServer.shared().freshDatabase()
        let migrated = await database.hubcentral(["migrate"])
        #expect(migrated.exit == 0, "\(migrated.stderr)")
        #expect(migrated.stdout.contains("applied: 1-events, 2-ingest, 3-reference, 4-payload-2"), "\(migrated.stdout)")
        let accepted = await database.query("SELECT string_agg(payload_version::text, ',' ORDER BY 1) FROM central.accepted_version")
        #expect(accepted == CentralSchema.acceptedPayloadVersions.map(String.init).joined(separator: ","), "central reads the current and the previous payload version")
        return database
    }

    @Test func scansReachCentralOnceAndStatusSaysSo() async throws {
        let rig = try await Rig(on: try await Self.migratedDatabase())
        try await rig.daemon.start()
        for n in 1...3 { try rig.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "3 parcels at central") { await rig.centralCount() == 3 }
        try await waitUntil(seconds: 10, "nothing waiting") {
            await rig.daemon.kiosk(["status"]).stdout.contains("central (\(rig.hubID)): 0 waiting")
        }
        let status = await rig.daemon.kiosk(["status"])
        #expect(status.stdout.contains("up to date"), "\(status.stdout)")
        #expect(await rig.centralIsGapFree())
        let hubs = await rig.central.hubcentral(["hubs"])
        #expect(hubs.exit == 0)
        #expect(hubs.stdout.contains(rig.hubID), "\(hubs.stdout)")
        #expect(await rig.central.query("SELECT count(*) FROM central.event WHERE clock_synced IS NULL") == "0")
        #expect(await rig.central.query("SELECT count(*) FROM central.event WHERE payload::text LIKE '%test hub%'") == "0")
    }

    @Test func centralKilledMidUploadLosesAndDoublesNothing() async throws {
        let server = try await CentralServer.shared()
        let rig = try await Rig(on: try await Self.migratedDatabase())
        try await rig.daemon.start()
        try rig.daemon.scan("VG00000001")
        try await waitUntil(seconds: 30, "the first parcel at central") { await rig.centralCount() == 1 }
        #expect(await server.stop(immediately: true))
        for n in 2...30 { try rig.daemon.scan("VG" + String(format: "%08d", n)) }
        try await waitUntil(seconds: 60, "status to show central unreachable") {
            await rig.daemon.kiosk(["status"]).stdout.contains("unreachable, trying again")
        }
        let waiting = await rig.daemon.kiosk(["status"]).stdout
        #expect(waiting.contains("29 waiting") || waiting.contains("30 waiting"), "\(waiting)")
        #expect(await server.start())
        try await waitUntil(seconds: 90, "all 30 parcels at central after it came back") { await rig.centralCount() == 30 }
        #expect(await rig.centralBarcodes() == (1...30).map { "VG" + String(format: "%08d", $0) })
        #expect(await rig.centralIsGapFree())
    }

    @Test func aHubRoleReachesOnlyItsOwnRows() async throws {
        let database = try await Self.migratedDatabase()
        let files = NSTemporaryDirectory() + "bh-central-roles-" + String(UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        let mallory = "m" + UUID().uuidString.prefix(8).lowercased()
        let victim = "v" + UUID().uuidString.prefix(8).lowercased()
        _ = try await database.addHub(mallory, directory: files)
        _ = try await database.addHub(victim, directory: files)
        let password = try String(contentsOfFile: files + "/central-password-\(mallory)", encoding: .utf8)
        let server = database.server
        func asMallory(_ sql: String) async -> (status: Int32, output: String) {
            let conninfo = "host=127.0.0.1 port=\(server.port) dbname=\(database.name) user=hub_\(mallory) password=\(password) sslmode=verify-full sslrootcert=\(server.caFile)"
            return await CentralServer.run("psql", [conninfo, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql])
        }
        let insert = await asMallory("INSERT INTO central.epoch VALUES ('\(victim)', 'e', 1, 1, now())")
        #expect(insert.status != 0 && insert.output.contains("permission denied"), "\(insert.output)")
        let read = await asMallory("SELECT count(*) FROM central.event")
        #expect(read.status != 0 && read.output.contains("permission denied"), "\(read.output)")
        let reference = await asMallory("INSERT INTO central.reference VALUES ('service', 'x', 99, '{}')")
        #expect(reference.status != 0 && reference.output.contains("permission denied"), "a hub wrote reference data: \(reference.output)")
        let pulled = await asMallory("SELECT central.reference_since(0, 10)")
        #expect(pulled.status == 0 && pulled.output.contains(#""latest": 0"#), "a hub may read the reference data: \(pulled.output)")
        let event = #"[{"hub":"\#(victim)","hub_id":"\#(victim)","seq":1,"epoch":"e1","kind":"parcel.received","payload_version":1,"payload":"{}","hub_time":"t","clock_synced":true,"hash":"h"}]"#
        let ingest = await asMallory("SELECT central.ingest('\(event)'::jsonb, 0)")
        #expect(ingest.status == 0 && ingest.output.contains(#""accepted": 1"#), "\(ingest.output)")
        let replay = await asMallory("SELECT central.ingest('\(event)'::jsonb, 0)")
        #expect(replay.output.contains(#""repeated": 1"#), "a replayed batch: \(replay.output)")
        let forged = await asMallory("SELECT central.ingest('\(event.replacingOccurrences(of: #""hash":"h""#, with: #""hash":"x""#))'::jsonb, 0)")
        #expect(forged.status != 0 && forged.output.contains("differs from the one central holds"), "\(forged.output)")
        #expect(await database.query("SELECT hub_id FROM central.event") == mallory)
        let plain = await CentralServer.run("psql", [
            "host=127.0.0.1 port=\(server.port) dbname=\(database.name) user=hub_\(mallory) password=\(password) sslmode=disable",
            "-qAtX", "-c", "SELECT 1",
        ])
        #expect(plain.status != 0, "a connection without TLS was let in: \(plain.output)")
        try? FileManager.default.removeItem(atPath: files)
    }
}

/// Restores and replays: the hub or central coming back from an older copy of itself.
extension CentralSyncTests {
    @Test func aHubKilledBetweenCentralsCommitAndItsOwnSendsTheBatchAgainAsANoOp() async throws {
        let rig = try await Rig(on: try await Self.migratedDatabase())
        try await rig.daemon.start(environment: ["BUURHUB_FAILPOINT": "central.committed"])
        try rig.daemon.scan("VG00000001")
        try await rig.daemon.waitForExit()
        #expect(await rig.centralCount() == 1)
        try await rig.daemon.start()
        try await waitUntil(seconds: 30, "the hub to see its batch acknowledged") {
            await rig.daemon.kiosk(["status"]).stdout.contains("central (\(rig.hubID)): 0 waiting")
        }
        // The restarted hub asked central for its hashes and found the event there: nothing
        // was sent twice, nothing is missing.
        #expect(await rig.centralCount() == 1)
        #expect(await rig.central.query("SELECT count(*) FROM central.event WHERE hub_id = '\(rig.hubID)'") == "1")
        #expect(await rig.centralIsGapFree())
    }

    @Test func aHubRestoredFromAnOlderBackupStartsANewEpochAndLosesNothing() async throws {
        let rig = try await Rig(on: try await Self.migratedDatabase())
        let data = rig.daemon.directory + "/data", copy = rig.daemon.directory + "/backup"
        try await rig.daemon.start()
        for n in 1...2 { try rig.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "2 parcels at central") { await rig.centralCount() == 2 }
        await rig.daemon.signal(SIGTERM)
        try FileManager.default.copyItem(atPath: data, toPath: copy)
        try await rig.daemon.start()
        for n in 3...5 { try rig.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "5 parcels at central") { await rig.centralCount() == 5 }
        await rig.daemon.signal(SIGTERM)
        try FileManager.default.removeItem(atPath: data)
        try FileManager.default.moveItem(atPath: copy, toPath: data)
        try await rig.daemon.start()
        try rig.daemon.scan("VG00000006")
        try await waitUntil(seconds: 30, "the restored hub's parcel at central") { await rig.centralCount() == 6 }
        #expect(await rig.centralBarcodes() == (1...6).map { "VG0000000\($0)" })
        #expect(await rig.central.query("SELECT count(*) FROM central.epoch WHERE hub_id = '\(rig.hubID)'") == "2")
        #expect(await rig.central.query("SELECT count(*) FROM central.event WHERE hub_id = '\(rig.hubID)' AND kind = 'epoch.started'") == "1")
        #expect(await rig.centralIsGapFree())
        #expect(rig.daemon.log().contains("new sync epoch"), "\(rig.daemon.log().suffix(800))")
    }

    @Test func centralRestoredFromAnOlderDumpGetsWhatItLostAgain() async throws {
        let rig = try await Rig(on: try await Self.migratedDatabase())
        let server = rig.central.server
        let dump = rig.files + "/central.sql"
        try await rig.daemon.start()
        for n in 1...2 { try rig.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "2 parcels at central") { await rig.centralCount() == 2 }
        #expect(await rig.dumpCentral(to: dump))
        for n in 3...5 { try rig.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "5 parcels at central") { await rig.centralCount() == 5 }
        #expect(await rig.restoreCentral(from: dump))
        #expect(await rig.centralCount() == 2)
        try rig.daemon.scan("VG00000006")
        try await waitUntil(seconds: 30, "central to have all 6 again") { await rig.centralCount() == 6 }
        #expect(await rig.centralBarcodes() == (1...6).map { "VG0000000\($0)" })
        #expect(await rig.centralIsGapFree())
        #expect(rig.daemon.log().contains("sending them again"), "\(rig.daemon.log().suffix(800))")
    }
}

/// Clones, clocks, versions, erasure, and many hubs at once.
extension CentralSyncTests {
    @Test func aClonedCardForksIntoItsOwnEpochAndBothHistoriesArrive() async throws {
        let original = try await Rig(on: try await Self.migratedDatabase())
        try await original.daemon.start()
        for n in 1...2 { try original.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "2 parcels at central") { await original.centralCount() == 2 }
        await original.daemon.signal(SIGTERM)
        let stanza = try String(contentsOfFile: original.daemon.configPath, encoding: .utf8)
        let central = stanza[stanza.range(of: "[central]")!.lowerBound...]
        let clone = try Daemon(extraConfig: "\n# the same card, copied\n" + central)
        try FileManager.default.copyItem(atPath: original.daemon.directory + "/data", toPath: clone.directory + "/data")
        try await original.daemon.start()
        for n in 3...5 { try original.daemon.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "the original's 5 at central") { await original.centralCount() == 5 }
        try await clone.start()
        for n in 6...7 { try clone.scan("VG0000000\(n)") }
        try await waitUntil(seconds: 30, "the clone's parcels at central too") { await original.centralCount() == 7 }
        #expect(await original.centralBarcodes() == (1...7).map { "VG0000000\($0)" })
        #expect(await original.centralIsGapFree())
        #expect(await original.central.query("SELECT count(*) FROM central.epoch WHERE hub_id = '\(original.hubID)'") == "2")
        #expect(clone.log().contains("new sync epoch"), "\(clone.log().suffix(600))")
    }

    @Test func skewedClocksArriveMarkedUnsynced() async throws {
        let database = try await Self.migratedDatabase()
        for (offset, barcode) in [(3, "VG00000001"), (-3, "VG00000002")] {
            let rig = try await Rig(on: database)
            let fake = ISO8601DateFormatter().string(from: Date().addingTimeInterval(Double(offset) * 86_400))
            try await rig.daemon.start(environment: ["BUURHUB_FAKE_NOW": fake])
            try rig.daemon.scan(barcode)
            try await waitUntil(seconds: 30, "the parcel at central") { await rig.centralCount() == 1 }
            let row = await database.query("SELECT clock_synced, left(hub_time, 10) FROM central.event WHERE hub_id = '\(rig.hubID)' AND kind = 'parcel.received'")
            #expect(row == "f|" + fake.prefix(10), "\(row) for a clock \(offset) days off")
        }
    }

    @Test func aHubTooOldForCentralKeepsQueuingAndSaysSo() async throws {
        let rig = try await Rig(on: try await Self.migratedDatabase())
        #expect(await rig.central.query("WITH gone AS (DELETE FROM central.accepted_version) INSERT INTO central.accepted_version VALUES (99) RETURNING payload_version") == "99")
        try await rig.daemon.start()
        try rig.daemon.scan("VG00000001")
        try await waitUntil(seconds: 30, "status to say hubd is too old") {
            await rig.daemon.kiosk(["status"]).stdout.contains("central no longer reads this version")
        }
        #expect(await rig.daemon.kiosk(["status"]).stdout.contains("1 waiting"))
        #expect(await rig.centralCount() == 0)
        #expect(await rig.central.query("WITH gone AS (DELETE FROM central.accepted_version) INSERT INTO central.accepted_version VALUES (1), (2) RETURNING payload_version") == "1\n2")
        await rig.daemon.signal(SIGTERM)
        try await rig.daemon.start()
        try await waitUntil(seconds: 30, "the queued parcel at central once it reads the version") { await rig.centralCount() == 1 }
    }

    @Test func anErasureAtTheHubRemovesThePostcodeAndAddressAtCentral() async throws {
        let database = try await Self.migratedDatabase()
        let files = NSTemporaryDirectory() + "bh-central-erase-" + String(UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: files) }
        let hub = "e" + UUID().uuidString.prefix(8).lowercased()
        _ = try await database.addHub(hub, directory: files)
        let password = try String(contentsOfFile: files + "/central-password-\(hub)", encoding: .utf8)
        let conninfo = "host=127.0.0.1 port=\(database.server.port) dbname=\(database.name) user=hub_\(hub) password=\(password) sslmode=verify-full sslrootcert=\(database.server.caFile)"
        func event(_ seq: Int, _ kind: String, _ payload: String) -> String {
            #"{"seq":\#(seq),"epoch":"e1","kind":"\#(kind)","payload_version":2,"payload":"\#(payload.replacingOccurrences(of: "\"", with: "\\\""))","hub_time":"t","clock_synced":true,"hash":"h\#(seq)"}"#
        }
        let batch = "[" + [
            event(1, "resident.registered", #"{"resident":"abc","postcode":"7423 AB","address":"0123456789abcdef0123456789abcdef"}"#),
            event(2, "resident.erased", #"{"resident":"abc","reason":"request"}"#),
        ].joined(separator: ",") + "]"
        let sent = await CentralServer.run("psql", [conninfo, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", "SELECT central.ingest('\(batch)'::jsonb, 0)"])
        #expect(sent.status == 0, "\(sent.output)")
        #expect(await database.query("SELECT count(*) FROM central.event WHERE payload ? 'postcode' OR payload ? 'address'") == "0")
        #expect(await database.query("SELECT count(*) FROM central.event WHERE hub_id = '\(hub)'") == "2")
    }

    /// Issue 17's CI requirement: at least 20 hubs, with central killed while they queue.
    @Test func twentyHubsThroughACentralCrashConverge() async throws {
        let server = try await CentralServer.shared()
        let database = try await Self.migratedDatabase()
        var rigs: [Rig] = []
        for index in 0..<20 {
            let rig = try await Rig(on: database)
            try await rig.daemon.start(warmUp: index < 5)
            rigs.append(rig)
        }
        for rig in rigs { try rig.daemon.scan("VG00000001") }
        #expect(await server.stop(immediately: true))
        for rig in rigs {
            for n in 2...10 { try rig.daemon.scan("VG" + String(format: "%08d", n)) }
        }
        // Five hubs send a parcel back while central is down: the report must count each once.
        for rig in rigs.prefix(5) {
            try await waitUntil(seconds: 30, "10 parcels at \(rig.hubID)") { try await IntakeEndToEndTests.parcels(rig.daemon).count == 10 }
            try await rig.daemon.ensureStaff()
            let returned = await rig.daemon.kiosk(["parcel", "deliver", "VG00000002", "--outcome", "returned"])
            #expect(returned.exit == 0, "\(returned.stderr)")
        }
        #expect(await server.start())
        try await waitUntil(seconds: 180, "all 200 parcels at central") {
            await database.query("SELECT count(*) FROM central.event WHERE kind = 'parcel.received'") == "200"
        }
        for rig in rigs {
            #expect(await rig.centralBarcodes() == (1...10).map { "VG" + String(format: "%08d", $0) }, "\(rig.hubID)")
            #expect(await rig.centralIsGapFree(), "\(rig.hubID)")
        }
        let hubs = await database.hubcentral(["hubs"])
        #expect(hubs.stdout.split(separator: "\n").count == 21, "\(hubs.stdout)")
        try await Self.expectCentralReportIsTheSumOfTheHubs(rigs.prefix(5), database)
    }

    /// After healing, central's report of the month holds each hub's own figures once.
    static func expectCentralReportIsTheSumOfTheHubs(_ rigs: some Collection<Rig>, _ database: CentralDatabase) async throws {
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        var own: [String: HubAPI.PeriodReport.Deliveries] = [:]
        for rig in rigs {
            try await waitUntil(seconds: 60, "\(rig.hubID) to have sent everything") {
                await rig.daemon.kiosk(["status"]).stdout.contains("central (\(rig.hubID)): 0 waiting")
            }
            own[rig.hubID] = try await rig.daemon.json(HubAPI.PeriodReport.self, ["report", "month", month]).deliveries
        }
        let result = await database.hubcentral(["report", "month", month, "--json"])
        let report = try JSONDecoder().decode(CentralReport.self, from: Data(result.stdout.utf8))
        for (hub, mine) in own {
            let theirs = try #require(report.hubs.first { $0.hub == hub }).deliveries
            let central: [Int] = [theirs.returned, theirs.delivered, theirs.notHomeRetries]
            let hubsOwn: [Int] = [mine.returned, mine.delivered, mine.notHomeRetries]
            #expect(central == hubsOwn, "\(hub)")
        }
        #expect(report.total.returned == own.values.map(\.returned).reduce(0, +))
        #expect(report.total.returned == rigs.count)
    }
}

extension CentralSyncTests {
    /// The hub's connection is cut by the server while a batch is half-way into central's
    /// transaction: central holds the batch's lock, the connection is terminated, and the
    /// batch rolls back. The hub sends it again; nothing is lost or doubled.
    @Test func aConnectionCutMidBatchLosesAndDoublesNothing() async throws {
        let database = try await Self.migratedDatabase()
        let rig = try await Rig(on: database)
        try await rig.daemon.start()
        try rig.daemon.scan("VG00000001")
        try await waitUntil(seconds: 30, "the first parcel at central") { await rig.centralCount() == 1 }
        let role = "hub_" + rig.hubID.replacingOccurrences(of: "-", with: "_")
        async let locker = database.server.psql(
            "BEGIN; LOCK TABLE central.epoch IN EXCLUSIVE MODE; SELECT pg_sleep(3); COMMIT;", database: database.name
        )
        try await waitUntil(seconds: 10, "central's lock to be held") {
            await database.query("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'epoch' AND l.mode = 'ExclusiveLock' AND l.granted") == "1"
        }
        for n in 2...20 { try rig.daemon.scan("VG" + String(format: "%08d", n)) }
        try await waitUntil(seconds: 10, "the hub's batch to wait inside central") {
            await database.query("SELECT count(*) FROM pg_stat_activity WHERE usename = '\(role)' AND wait_event_type = 'Lock'") == "1"
        }
        #expect(await database.query("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '\(role)'") == "1")
        #expect(await locker.status == 0)
        try await waitUntil(seconds: 60, "all 20 parcels at central after the cut") { await rig.centralCount() == 20 }
        #expect(await rig.centralBarcodes() == (1...20).map { "VG" + String(format: "%08d", $0) })
        #expect(await rig.centralIsGapFree())
    }
}
