import HubAPI
import Inventory

extension TabletRound: WireRepresentable {
    var wire: RoundView {
        RoundView(day: day.text, issuedAt: issuedAt, nextSeq: nextSeq, stops: stops.map(\.wire))
    }
}

extension TabletStop {
    var wire: RoundStopView {
        RoundStopView(
            address: address, residents: residents.map { RoundResidentView(ref: $0.ref, shortName: $0.shortName) },
            parcels: parcels.map {
                RoundParcelView(
                    barcode: $0.barcode, supplier: $0.supplier, residentRef: $0.residentRef, medication: $0.medication,
                    coldChain: $0.coldChain, deadlineAt: $0.deadlineAt, retry: $0.retry
                )
            },
            remarks: remarks
        )
    }
}

extension RoundSyncResult: WireRepresentable {
    var wire: RoundSyncResponse {
        RoundSyncResponse(
            receipts: receipts.map {
                RoundReceiptView(seq: $0.seq, state: $0.state.rawValue, replayed: $0.replayed, message: $0.message?.nl, messageEn: $0.message?.en)
            },
            nextSeq: nextSeq
        )
    }
}

extension RoundFetchRequest: WireDecodable {}

/// The queue as the store takes it. An entry lacking what its kind needs, or with a text the
/// rules refuse, still takes its number as unreadable: the tablet's queue moves on, and the
/// concierge sees why on the tablet. The body's shape is checked whole; its texts per entry.
struct RoundBatch: WireDecodable {
    static let checksTextWhole = false

    var entries: [RoundEntry]

    init(wire: RoundSyncRequest) throws {
        entries = wire.entries.map(Self.entry)
    }

    private static func entry(_ view: RoundEntryView) -> RoundEntry {
        do {
            try TextRules.checkFields(of: view)
            return RoundEntry(seq: view.seq, at: view.at, action: try action(view))
        } catch let refusal as TextFieldError {
            return RoundEntry(seq: view.seq, at: view.at, action: .unreadable(refusal.text))
        } catch let refusal as InventoryError {
            return RoundEntry(seq: view.seq, at: view.at, action: .unreadable(refusal.text))
        } catch {
            return RoundEntry(seq: view.seq, at: view.at, action: .unreadable(LocalizedText(nl: "onleesbaar", en: "unreadable")))
        }
    }

    private static func action(_ view: RoundEntryView) throws(InventoryError) -> RoundEntry.Action {
        switch view.kind {
        case "outcome":
            guard let barcode = view.barcode, let outcome = view.outcome else { throw missing("barcode, uitkomst", "barcode and outcome") }
            return .outcome(barcode: barcode, outcome: outcome, minutes: view.minutes)
        case "visit":
            guard let resident = view.resident, let reason = view.reason, let minutes = view.visitMinutes else {
                throw missing("bewoner, reden en minuten", "resident, reason and visit_minutes")
            }
            return .visit(residentRef: resident, reason: reason, minutes: minutes)
        case "signal":
            guard let resident = view.resident, let category = view.category, let text = view.text else {
                throw missing("bewoner, soort en tekst", "resident, category and text")
            }
            return .signal(residentRef: resident, category: category, text: text)
        default:
            throw InventoryError(
                .invalidInput, nl: "soort '\(view.kind.prefix(20))' bestaat niet — outcome, visit of signal",
                en: "kind '\(view.kind.prefix(20))' does not exist — use outcome, visit or signal"
            )
        }
    }

    private static func missing(_ nl: String, _ en: String) -> InventoryError {
        InventoryError(.invalidInput, nl: "onvolledig: nodig zijn \(nl)", en: "incomplete: it needs \(en)")
    }
}
