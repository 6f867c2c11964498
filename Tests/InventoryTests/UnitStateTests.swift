import Testing
@testable import Inventory

@Suite("Loan unit lifecycle")
struct UnitStateTests {
    let rollator = UnitLabel(articleName: "Rollator", serial: "12345")

    @Test func theHappyCircleGoesRoundToTheShelf() throws {
        var state = try UnitState.transition(from: nil, on: .receive, unit: rollator)
        #expect(state == .inStock)
        state = try UnitState.transition(from: state, on: .issueOnRound, unit: rollator)
        #expect(state == .issued)
        state = try UnitState.transition(from: state, on: .handOver, unit: rollator)
        #expect(state == .atResident)
        state = try UnitState.transition(from: state, on: .giveBack, unit: rollator)
        #expect(state == .returned)
        state = try UnitState.transition(from: state, on: .startCleaning, unit: rollator)
        #expect(state == .cleaning)
        state = try UnitState.transition(from: state, on: .signOffCleaning, unit: rollator)
        #expect(state == .inStock)
    }

    @Test func handingOverAtTheDeskSkipsTheRound() throws {
        #expect(try UnitState.transition(from: .inStock, on: .handOver, unit: rollator) == .atResident)
    }

    @Test func aUnitInCleaningCannotBeIssued() {
        #expect(throws: InventoryError.self) { try UnitState.transition(from: .cleaning, on: .issueOnRound, unit: rollator) }
        do {
            _ = try UnitState.transition(from: .cleaning, on: .issueOnRound, unit: rollator)
        } catch {
            #expect(error.text.en == "rollator 12345 is in cleaning — sign off the cleaning first")
            #expect(error.code == .conflict)
        }
    }

    @Test func aReturnedUnitNeedsTheCleaningStartedBeforeSignOff() {
        do {
            _ = try UnitState.transition(from: .returned, on: .signOffCleaning, unit: rollator)
            Issue.record("sign-off straight from returned must be refused")
        } catch {
            #expect(error.text.en.contains("start the cleaning first"))
        }
    }

    @Test func aSerialNeverReceivedCannotComeBack() {
        let unit = UnitLabel(articleName: "Unit", serial: "777")
        do {
            _ = try UnitState.transition(from: nil, on: .giveBack, unit: unit)
            Issue.record("unknown serial returned")
        } catch {
            #expect(error.text.en.contains("unit 777 was not issued from this hub"))
            #expect(error.code == .notFound)
        }
        #expect(throws: InventoryError.self) { try UnitState.transition(from: nil, on: .issueOnRound, unit: unit) }
    }

    @Test func writtenOffAndSentBackAreFinalExceptVegroBringingItBack() throws {
        for event in UnitEvent.allCases where event != .stocktakeFound {
            #expect(throws: InventoryError.self) { try UnitState.transition(from: .writtenOff, on: event, unit: rollator) }
        }
        #expect(try UnitState.transition(from: .sentBack, on: .receive, unit: rollator) == .inStock)
        #expect(throws: InventoryError.self) { try UnitState.transition(from: .sentBack, on: .issueOnRound, unit: rollator) }
    }

    @Test func aUnitOnTheShelfIsNotReceivedOrReturnedTwice() {
        #expect(throws: InventoryError.self) { try UnitState.transition(from: .inStock, on: .receive, unit: rollator) }
        #expect(throws: InventoryError.self) { try UnitState.transition(from: .inStock, on: .giveBack, unit: rollator) }
        #expect(throws: InventoryError.self) { try UnitState.transition(from: .atResident, on: .issueOnRound, unit: rollator) }
    }

    @Test func anythingNotYetFinalCanBeWrittenOff() throws {
        for state in [UnitState.inStock, .issued, .atResident, .returned, .cleaning] {
            #expect(try UnitState.transition(from: state, on: .writeOff, unit: rollator) == .writtenOff)
        }
        #expect(try UnitState.transition(from: .inStock, on: .stocktakeMissing, unit: rollator) == .writtenOff)
        #expect(try UnitState.transition(from: .atResident, on: .stocktakeFound, unit: rollator) == .inStock)
    }
}
