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
            address: address, residents: residents.map { RoundResidentView(id: $0.id, shortName: $0.shortName) },
            parcels: parcels.map {
                RoundParcelView(
                    barcode: $0.barcode, supplier: $0.supplier, residentId: $0.residentId, medication: $0.medication,
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

/// The queue as the store takes it; an entry lacking what its kind needs is refused whole,
/// naming the entry, because the device sent something it should not have.
struct RoundBatch: WireDecodable {
    var entries: [RoundEntry]

    init(wire: RoundSyncRequest) throws {
        entries = try wire.entries.map(Self.entry)
    }

    private static func entry(_ view: RoundEntryView) throws -> RoundEntry {
        let action: RoundEntry.Action
        switch view.kind {
        case "outcome":
            guard let barcode = view.barcode, let outcome = view.outcome else { throw missing(view, "barcode and outcome") }
            action = .outcome(barcode: barcode, outcome: outcome, minutes: view.minutes)
        case "visit":
            guard let resident = view.resident, let reason = view.reason, let minutes = view.visitMinutes else {
                throw missing(view, "resident, reason and visit_minutes")
            }
            action = .visit(resident: resident, reason: reason, minutes: minutes)
        case "signal":
            guard let resident = view.resident, let category = view.category, let text = view.text else {
                throw missing(view, "resident, category and text")
            }
            action = .signal(resident: resident, category: category, text: text)
        default:
            throw APIError.badRequest("entry \(view.seq): kind '\(view.kind.prefix(20))' — use outcome, visit or signal")
        }
        return RoundEntry(seq: view.seq, at: view.at, action: action)
    }

    private static func missing(_ view: RoundEntryView, _ fields: String) -> APIError {
        APIError.badRequest("entry \(view.seq): a \(view.kind) needs \(fields)")
    }
}
