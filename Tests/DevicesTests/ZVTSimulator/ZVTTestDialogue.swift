@testable import Devices

/// What the terminal sent for one ECR command, in order, decoded with the hub's codec.
struct ZVTTestDialogue {
    /// 80 00 00 or 84 xx: the terminal's answer to the command and to any interjected command.
    var replies: [ZVTAPDU] = []
    var apdus: [ZVTAPDU] = []

    var messages: [ZVTTerminalMessage] {
        apdus.compactMap { try? ZVTTerminalMessage($0) }
    }

    var statuses: [ZVTStatusInformation] {
        messages.compactMap { message in
            guard case .statusInformation(let status) = message else { return nil }
            return status
        }
    }

    var intermediateCodes: [UInt8] {
        messages.compactMap { message in
            guard case .intermediateStatus(let code) = message else { return nil }
            return code
        }
    }

    var lines: [String] {
        messages.compactMap { message in
            guard case .printLine(_, let text) = message else { return nil }
            return text
        }
    }

    var ending: ZVTTerminalMessage? {
        messages.last { message in
            switch message {
            case .completion, .abort: true
            default: false
            }
        }
    }
}
