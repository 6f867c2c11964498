import Devices
import Foundation
import Inventory
import Logging

/// Pass reader → kiosk. The UID becomes a keyed digest here and goes no further: it is never
/// stored, logged or shown. A staff command waiting for a tap gets it first.
public actor PassTapHook {
    private var recent: [PassTapNotice] = []
    private let keep: Int
    private let key: HubKey
    private let claims: TapClaims
    private let kiosk: KioskSession
    private let feedback: any FeedbackSink
    private let logger: Logger

    public init(key: HubKey, claims: TapClaims, kiosk: KioskSession, feedback: any FeedbackSink, logger: Logger, keep: Int = 10) {
        self.key = key
        self.claims = claims
        self.kiosk = kiosk
        self.feedback = feedback
        self.logger = logger
        self.keep = keep
    }

    @discardableResult
    public func handle(_ input: InputEvent) async -> PassTapResult {
        switch input.payload {
        case .tap(let uid):
            return await tap(key.digest(of: uid), input: input)
        case .rejected(let rejection):
            logger.warning("pass reader input dropped: \(rejection.message)", metadata: ["device": "\(input.device)"])
        case .code, .button:
            logger.warning("a pass reader sent something that is not a tap", metadata: ["device": "\(input.device)"])
        }
        return .notATap
    }

    private func tap(_ digest: PassDigest, input: InputEvent) async -> PassTapResult {
        if await claims.offer(TapClaims.Tap(digest: digest, device: input.device)) {
            logger.notice("pass tap taken by a waiting staff command", metadata: ["device": "\(input.device)"])
            await feedback.signal(.accepted, device: input.device)
            return .claimed
        }
        let outcome = await kiosk.tap(digest, device: input.device)
        logger.notice("pass tapped", metadata: ["device": "\(input.device)", "outcome": "\(outcome.rawValue)"])
        if outcome == .unknown {
            remember(PassTapNotice(device: input.device, time: input.time, message: "unknown pass"))
        }
        await feedback.signal(outcome.feedback, device: input.device)
        return .kiosk(outcome)
    }

    public var unknownTaps: [PassTapNotice] { recent }

    private func remember(_ notice: PassTapNotice) {
        recent.insert(notice, at: 0)
        if recent.count > keep { recent.removeLast(recent.count - keep) }
    }
}

/// What became of a pass reader's input, for whoever counts taps.
public enum PassTapResult: Sendable, Equatable {
    /// A staff command waiting for a tap (enrolment, login) took it.
    case claimed
    case kiosk(TapOutcome)
    /// The reader sent something that is not a tap, or input the guard turned into a rejection.
    case notATap
}

extension TapOutcome {
    var feedback: FeedbackSignal {
        switch self {
        case .greeted, .staffPIN, .enrolled: .accepted
        case .repeatTap: .duplicate
        case .busy: .attention
        case .unknown, .blocked, .failed: .rejected
        }
    }
}
