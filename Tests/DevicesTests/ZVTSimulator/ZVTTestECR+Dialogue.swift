@testable import Devices

extension ZVTTestECR {
    /// Sends `command` and answers every terminal message with 80 00 00 until 06 0F or 06 1E
    /// (or a refusal of the command). `interjecting` is sent right after the first 04 FF was
    /// answered, as an ECR aborts while the customer is still at the terminal.
    func run(_ command: ZVTAPDU, interjecting: ZVTAPDU? = nil) async throws -> ZVTTestDialogue {
        var dialogue = ZVTTestDialogue()
        var pendingInterjection = interjecting
        try await send(command)
        let first = try await next()
        dialogue.replies.append(first)
        guard !first.isNegativeReply else { return dialogue }
        while true {
            let apdu = try await next()
            if apdu.classByte == 0x80 || apdu.isNegativeReply {
                dialogue.replies.append(apdu)
                continue
            }
            dialogue.apdus.append(apdu)
            try await reply()
            if apdu.classByte == 0x04, apdu.instruction == 0xFF, let interjection = pendingInterjection {
                pendingInterjection = nil
                try await send(interjection)
            }
            if apdu.classByte == 0x06, apdu.instruction == 0x0F || apdu.instruction == 0x1E {
                return dialogue
            }
        }
    }

    /// Reads terminal messages, answering each, until one matches; returns it unanswered.
    func answer(until match: (ZVTAPDU) -> Bool) async throws -> ZVTAPDU {
        while true {
            let apdu = try await next()
            if match(apdu) {
                return apdu
            }
            if apdu.classByte != 0x80, !apdu.isNegativeReply {
                try await reply()
            }
        }
    }
}
