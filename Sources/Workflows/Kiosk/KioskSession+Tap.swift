import Foundation
import Inventory

extension KioskSession {
    /// A pass tapped on a pass reader (claims by staff commands have already had their turn).
    public func tap(_ digest: PassDigest, device: String) async -> TapOutcome {
        do {
            if case .staff(let desk) = stage, case .enrolTap(let resident) = desk.step {
                return await enrolAtConsole(digest, for: resident, desk: desk)
            }
            let holder = try await stores.passes.holder(of: digest)
            if let busy = await busyWith(holder) { return busy }
            return try await greet(holder, device: device)
        } catch {
            logger.error("pass tap not handled", metadata: ["device": "\(device)", "error": "\(error)"])
            await show(screens.refused(Self.failureText(error)), stage: .notice)
            return .failed
        }
    }

    private func greet(_ holder: PassHolder, device: String) async throws -> TapOutcome {
        switch holder {
        case .unknown:
            await show(screens.unknownPass(), stage: .notice)
            return .unknown
        case .blocked:
            await show(screens.blockedPass(), stage: .notice)
            return .blocked
        case .staff(let member, _):
            await show(staffScreens.pin(session: newSession(), name: member.name, error: nil), stage: .staffPIN(member))
            return .staffPIN
        case .resident(let resident, let pass):
            return try await welcome(resident, pass: pass, device: device)
        }
    }

    /// Someone mid-way keeps their screen: the second person hears the buzzer and reads a line
    /// that names nobody. The same pass tapped twice is simply ignored.
    private func busyWith(_ holder: PassHolder) async -> TapOutcome? {
        let elapsed = calendar.now().timeIntervalSince(lastActivity)
        guard elapsed <= Double(screen.timeoutSeconds) else { return nil }
        switch (stage, holder) {
        case (.visit(let visit), .resident(let resident, _)) where resident.id == visit.resident.id:
            return .repeatTap
        case (.visit, _), (.staffPIN, _), (.staff, _):
            var busy = screen
            if !busy.lines.contains(ResidentScreens.busyLine) { busy.lines.append(ResidentScreens.busyLine) }
            screen = busy
            await events.publish(HubEvent(kind: .screen, time: calendar.now(), device: "kiosk", barcode: nil, message: busy.headline, screen: busy))
            return .busy
        case (.idle, _), (.notice, _):
            return nil
        }
    }

    private func welcome(_ resident: Resident, pass: PassRecord, device: String) async throws -> TapOutcome {
        guard let residentID = resident.id else { return .failed }
        let openRide = try await stores.uses.openRide(residentID: residentID)
        if let last = try await stores.uses.lastActivity(residentID: residentID),
           calendar.now().timeIntervalSince(last) < rules.doubleTapSeconds {
            await show(screens.alreadyRegistered(checkedIn: openRide != nil), stage: .notice)
            return .repeatTap
        }
        var order: [String] = []
        var options: [String: ResidentVisit.Option] = [:]
        if let openRide {
            order.append("1")
            options["1"] = .checkOut(openRide)
        }
        let services = try await stores.services.list().filter { openRide == nil || $0.kind != .ride }
        for service in services.prefix(9 - order.count) {
            let key = String(order.count + 1)
            order.append(key)
            options[key] = .service(service)
        }
        let visit = ResidentVisit(resident: resident, pass: pass, device: device, options: options, chosen: nil)
        await show(screens.choice(session: newSession(), visit: visit, order: order), stage: .visit(visit))
        return .greeted
    }

    static func failureText(_ error: any Error) -> LocalizedText {
        if let error = error as? InventoryError { return error.text }
        return LocalizedText(nl: "Er ging iets mis — vraag de conciërge", en: "Something went wrong — please ask the concierge")
    }
}
