import Foundation
import HubAPI
@testable import HubApp
@testable import Inventory
import Testing
import Workflows

struct StockWireTests {
    @Test func loanViewKeepsItsDaysAndShape() throws {
        let issuedText = Inventory.LocalDay("2026-11-01")
        let issued = try #require(issuedText)
        let dueText = Inventory.LocalDay("2027-01-31")
        let due = try #require(dueText)
        let loan = Inventory.Loan(
            id: 5, articleId: 2, serial: "RL-0042", residentId: 7, parcelId: nil, issuedAt: fixedTime, issuedOn: issued, dueOn: due,
            extendedOn: nil, agreedBy: nil, overrideReason: nil, closedAt: nil
        )
        let view = Inventory.LoanView(
            loan: loan, articleNumber: "V-100", articleName: "Rollator", residentName: "Anna", residentReference: "BZ-007", overdue: false
        )
        let wire = try throughWire(view)
        #expect(wire.loan.dueOn.text == "2027-01-31")
        #expect(wire.loan.serial == "RL-0042")
        let json = try jsonPair(view)
        #expect(json.domain == json.wire)
    }

    @Test func vanComparisonKeepsItsLines() throws {
        let line = Inventory.VanComparison.Line(
            articleId: 2, articleNumber: "V-100", articleName: "Rollator", ordered: 2, scanned: 1, unexpectedSerials: []
        )
        let comparison = Inventory.VanComparison(orderSlipId: 9, missing: [line], extra: [], unexpected: [])
        let wire = try throughWire(comparison)
        #expect(wire.missing.first?.ordered == 2)
        #expect(!wire.matches)
        let json = try jsonPair(comparison)
        #expect(json.domain == json.wire)
    }

    @Test func deskModeFromTheKioskBecomesTheWorkflowsMode() throws {
        for mode in HubAPI.StockDeskMode.allCases {
            #expect(Workflows.StockDeskMode(wire: mode).rawValue == mode.rawValue)
        }
        let request = try HubJSON.decoder().decode(
            HubAPI.StockDeskStartRequest.self, from: Data(#"{"mode":"write-off","tap":false,"reason":"kapot"}"#.utf8)
        )
        let start = HubApp.StockDeskOpening(wire: request)
        #expect(start.mode == .writeOff)
        #expect(start.reason == "kapot")
    }

    @Test func monthFiguresCarryHubdsEstimates() throws {
        let monthText = Inventory.YearMonth("2026-11")
        let month = try #require(monthText)
        let figures = Inventory.StockMonthFigures(month: month, lines: [], daysWithMovements: 2)
        let wire = try throughWire(figures)
        #expect(wire.month == "2026-11")
        #expect(wire.vanKilometresSaved == figures.vanKilometresSaved)
        #expect(wire.kilogramsCo2Saved == figures.kilogramsCO2Saved)
    }
}
