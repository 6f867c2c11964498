import Foundation
import Inventory

extension KioskSession {
    /// A pass tapped on a pass reader (claims by staff commands have already had their turn).
    /// Whether the kiosk is free is decided before the first await, so two cards tapped at once
    /// on two readers cannot both take the screen.
    public func tap(_ digest: PassDigest, device: String) async -> TapOutcome {
        await expireIfIdle()
        if case .staff(let desk) = stage, case .enrolTap(let resident) = desk.step {
            return await enrolAtConsole(digest, for: resident, desk: desk)
        }
        if let busy = busyOutcome(for: digest) {
            if busy == .busy { await showBusyLine() }
            return busy
        }
        stage = .resolving(digest)
        session = nil
        let generation = self.generation
        do {
            let holder = try await stores.passes.holder(of: digest)
            return try await greet(holder, digest: digest, device: device, generation: generation)
        } catch {
            logger.error("pass tap not handled", metadata: ["device": "\(device)", "error": "\(error)"])
            await show(screens.refused(Self.failureText(error)), stage: .notice)
            return .failed
        }
    }

    private func greet(_ holder: PassHolder, digest: PassDigest, device: String, generation: Int) async throws -> TapOutcome {
        switch holder {
        case .unknown:
            await show(screens.unknownPass(), stage: .notice)
            return .unknown
        case .blocked:
            await show(screens.blockedPass(), stage: .notice)
            return .blocked
        case .staff(let member, _):
            await show(staffScreens.pin(session: newSession(), name: member.name, error: nil), stage: .staffPIN(member, digest))
            return .staffPIN
        case .resident(let resident, let pass):
            let visit = ResidentVisit(resident: resident, pass: pass, digest: digest, device: device, options: [:], chosen: nil)
            return try await welcome(visit, generation: generation)
        }
    }

    /// Someone mid-way keeps their screen: the second person hears the buzzer and reads a line
    /// that names nobody. The same card tapped again is simply ignored.
    private func busyOutcome(for digest: PassDigest) -> TapOutcome? {
        switch stage {
        case .idle, .notice, .claim: return nil
        case .resolving(let current): return current == digest ? .repeatTap : .busy
        case .visit(let visit): return visit.digest == digest ? .repeatTap : .busy
        case .staffPIN(_, let current): return current == digest ? .repeatTap : .busy
        case .staff, .paying: return .busy
        }
    }

    private func showBusyLine() async {
        guard !screen.lines.contains(ResidentScreens.busyLine) else { return }
        screen.lines.append(ResidentScreens.busyLine)
        await events.publish(HubEvent(kind: .screen, time: calendar.now(), device: "kiosk", barcode: nil, message: screen.headline, screen: screen))
    }

    private func welcome(_ base: ResidentVisit, generation: Int) async throws -> TapOutcome {
        guard let residentID = base.resident.id else { return .failed }
        let openRide = try await stores.uses.openRide(residentID: residentID)
        if let last = try await stores.uses.lastActivity(residentID: residentID), Self.isRepeat(since: last, now: calendar.now(), window: rules.doubleTapSeconds) {
            await show(screens.alreadyRegistered(checkedIn: openRide != nil), stage: .notice)
            return .repeatTap
        }
        let services = try await stores.services.list().filter { openRide == nil || $0.kind != .ride }
        guard generation == self.generation else { return .failed }
        var visit = base
        var order: [String] = []
        if let openRide {
            order.append("1")
            visit.options["1"] = .checkOut(openRide)
        }
        for service in services.prefix(9 - order.count) {
            let key = String(order.count + 1)
            order.append(key)
            visit.options[key] = .service(service)
        }
        await show(screens.choice(session: newSession(), visit: visit, order: order), stage: .visit(visit))
        return .greeted
    }

    /// The stored last activity is wall-clock time from before a possible restart. One more
    /// than a minute in the future means the clock went back (a Pi without a clock battery): that was no tap of a
    /// moment ago, and counting it as one would turn the resident away until the clock caught up.
    static func isRepeat(since last: Date, now: Date, window: Double) -> Bool {
        let elapsed = now.timeIntervalSince(last)
        return elapsed >= -60 && elapsed < window
    }

    static func failureText(_ error: any Error) -> LocalizedText {
        if let error = error as? InventoryError { return error.text }
        return LocalizedText(nl: "Er ging iets mis — vraag de conciërge", en: "Something went wrong — please ask the concierge")
    }
}
