import Crypto
import Foundation

/// One thing a concierge recorded on the tablet, numbered by the device (issue 18, point 1).
/// The device numbers its entries 1, 2, 3 … and the hub takes each number once: a batch sent
/// twice, or resent after a connection broke before the answer came, changes nothing.
public struct RoundEntry: Sendable, Equatable {
    /// Residents are named by their number on this device's round, never by database id.
    public enum Action: Sendable, Equatable {
        case outcome(barcode: String, outcome: String, minutes: String?)
        case visit(residentRef: Int64, reason: String, minutes: Int)
        case signal(residentRef: Int64, category: String, text: String)
        /// An entry the edge could not read (a field missing, a text the rules refuse). It still
        /// takes its number, so one bad entry cannot hold up the rest of the queue.
        case unreadable(LocalizedText)
    }

    public var seq: Int64
    /// The device's clock when the concierge tapped; the hub keeps it only between the round's
    /// issue and now.
    public var at: Date
    public var action: Action

    public init(seq: Int64, at: Date, action: Action) {
        self.seq = seq
        self.at = at
        self.action = action
    }

    var kind: String {
        switch action {
        case .outcome: "outcome"
        case .visit: "visit"
        case .signal: "signal"
        case .unreadable: "unreadable"
        }
    }

    /// What the entry says, so a number sent again with other content is told apart from a replay.
    var digest: Data {
        let fields: [String] = switch action {
        case .outcome(let barcode, let outcome, let minutes): [barcode, outcome, minutes ?? ""]
        case .visit(let resident, let reason, let minutes): [String(resident), reason, String(minutes)]
        case .signal(let resident, let category, let text): [String(resident), category, text]
        case .unreadable(let text): [text.en]
        }
        let canonical = ([kind, String(at.timeIntervalSince1970)] + fields).map { "\($0.utf8.count):\($0)" }.joined()
        return Data(SHA256.hash(data: Data(canonical.utf8)))
    }
}

/// What became of one entry. A refusal is kept like an acceptance, so a replay answers the same.
public struct RoundReceipt: Sendable, Equatable {
    public enum State: String, Sendable, Codable {
        case applied
        case refused
    }

    public var seq: Int64
    public var state: State
    /// The entry was taken by an earlier send; this is what it got then.
    public var replayed: Bool
    public var message: LocalizedText?
}

public struct RoundSyncResult: Sendable, Equatable {
    public var receipts: [RoundReceipt]
    public var nextSeq: Int64
}
