@testable import Devices
import Logging
import Synchronization

/// Builds a `ZVTPaymentTerminal` whose `connect` hands out scripted links in order and counts
/// how often it was called.
struct ZVTTerminalFixture {
    static let timings = ZVTTimings(
        acknowledgement: .milliseconds(500), reply: .milliseconds(500),
        customer: .seconds(2), completion: .seconds(1), connect: .seconds(1)
    )
    static let password = "123456"
    static let request = PaymentRequest(reference: "ride-1", amountCents: 150)

    let terminal: ZVTPaymentTerminal
    let log: EventLog
    private let links: LinkDispenser

    init(_ scripted: [ScriptedZVTLink], log: EventLog) {
        self.log = log
        let links = LinkDispenser(scripted)
        self.links = links
        terminal = ZVTPaymentTerminal(
            name: "test terminal", password: Self.password, timings: Self.timings, logger: Logger(label: "test")
        ) { () async throws(ZVTLinkError) -> any ZVTLink in
            try links.next()
        }
    }

    var connectCount: Int { links.count }

    static func authorization(_ cents: Int64 = 150) -> ZVTAPDU {
        (try? ZVTCommand.authorization(amountCents: cents)) ?? ZVTAPDU(classByte: 0, instruction: 0)
    }

    static func withPassword(_ build: (String) throws -> ZVTAPDU) -> ZVTAPDU {
        (try? build(password)) ?? ZVTAPDU(classByte: 0, instruction: 0)
    }
}

final class LinkDispenser: Sendable {
    private let state: Mutex<(links: [ScriptedZVTLink], count: Int)>

    init(_ links: [ScriptedZVTLink]) {
        state = Mutex((links, 0))
    }

    var count: Int { state.withLock { $0.count } }

    func next() throws(ZVTLinkError) -> ScriptedZVTLink {
        let link: ScriptedZVTLink? = state.withLock { state in
            state.count += 1
            return state.links.isEmpty ? nil : state.links.removeFirst()
        }
        guard let link else { throw ZVTLinkError(.openFailed, "no more scripted links") }
        return link
    }
}
