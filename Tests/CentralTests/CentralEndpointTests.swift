import Testing
@testable import Central

@Suite struct CentralEndpointTests {
    @Test func aHubURLGivesHostPortDatabaseAndRole() throws {
        let endpoint = try CentralEndpoint.parse(url: "postgresql://hub_colmschate@central.example.nl:6432/buurhub", password: "pw", caFile: "/ca.pem").get()
        #expect(endpoint == CentralEndpoint(host: "central.example.nl", port: 6432, database: "buurhub", user: "hub_colmschate", password: "pw", caFile: "/ca.pem"))
        #expect(try CentralEndpoint.parse(url: "postgres://a@h/db", password: "", caFile: nil).get().port == 5432)
    }

    @Test func aURLThatCannotWorkSaysWhatToDo() {
        let cases: [(String, String)] = [
            ("http://central/buurhub", "not a URL like postgresql://"),
            ("postgresql://hub:secret@central/buurhub", "password file"),
            ("postgresql://central/buurhub", "names no user"),
            ("postgresql://hub@central", "names no database"),
        ]
        for (url, hint) in cases {
            guard case .failure(let error) = CentralEndpoint.parse(url: url, password: "", caFile: nil) else {
                Issue.record("\(url) was accepted")
                continue
            }
            #expect(error.code == .badSettings)
            #expect(error.message.contains(hint), "\(url): \(error.message)")
        }
    }

    @Test func hubNamesAreLowerCaseWordsWithDashes() {
        for good in ["colmschate", "deventer-2", "ab"] { #expect(CentralAdmin.validHubID(good), "\(good)") }
        for bad in ["A", "2hub", "hub name", "hub;drop", "h", String(repeating: "a", count: 41), "hüb"] {
            #expect(!CentralAdmin.validHubID(bad), "\(bad)")
        }
    }

    @Test func newPasswordsNeedNoQuoting() {
        let passwords = (0..<50).map { _ in CentralAdmin.newPassword() }
        #expect(Set(passwords).count == 50)
        #expect(passwords.allSatisfy { $0.count == 32 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
    }

    @Test func everyMigrationStatementIsOneStatement() {
        for migration in CentralSchema.migrations {
            for statement in migration.statements {
                let outside = statement.components(separatedBy: "$$").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
                #expect(!outside.trimmingCharacters(in: .whitespacesAndNewlines).dropLast().contains(";"), "\(statement.prefix(60))")
            }
        }
    }
}

@Suite struct DeadlineTests {
    @Test func aStuckCallIsGivenUpAtTheDeadlineWithoutWaitingForIt() async throws {
        // Were the stuck call waited for, this test would take an hour instead of failing.
        let error = await #expect(throws: CentralError.self) {
            try await Deadline.run(within: .milliseconds(100), what: "central") {
                try await Task.sleep(for: .seconds(3600))
                return 1
            }
        }
        #expect(error?.code == .unreachable)
        #expect(error?.message == "central did not answer within 0 s" || error?.message.contains("did not answer") == true)
        let answer = try await Deadline.run(within: .seconds(60), what: "central") { 42 }
        #expect(answer == 42)
    }
}
