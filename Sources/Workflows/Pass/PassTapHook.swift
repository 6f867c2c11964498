import Devices
import Foundation
import Logging

/// Where pass taps land until check-in and check-out arrive: every tap is of a pass the hub
/// does not know yet, so it is logged (without its UID) and kept for `kiosk status`.
public actor PassTapHook {
    private var recent: [PassTapNotice] = []
    private let keep: Int
    private let logger: Logger

    public init(logger: Logger, keep: Int = 10) {
        self.logger = logger
        self.keep = keep
    }

    public func handle(_ input: InputEvent) {
        switch input.payload {
        case .tap:
            logger.notice("unknown pass tapped", metadata: ["device": "\(input.device)"])
            remember(PassTapNotice(device: input.device, time: input.time, message: "unknown pass"))
        case .rejected(let rejection):
            logger.warning("pass reader input dropped: \(rejection.message)", metadata: ["device": "\(input.device)"])
        case .code, .button:
            logger.warning("a pass reader sent something that is not a tap", metadata: ["device": "\(input.device)"])
        }
    }

    public var unknownTaps: [PassTapNotice] { recent }

    private func remember(_ notice: PassTapNotice) {
        recent.insert(notice, at: 0)
        if recent.count > keep { recent.removeLast(recent.count - keep) }
    }
}
