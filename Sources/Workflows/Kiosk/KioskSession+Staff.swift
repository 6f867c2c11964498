import Foundation
import Inventory

extension KioskSession {
    /// The PIN is checked by the store (with its back-off) and never logged or kept.
    func checkPIN(_ pin: String, for member: StaffMember, digest: PassDigest) async {
        do {
            let verified = try await stores.staff.verifyPIN(staffID: member.id, pin: pin)
            let token = try await stores.staff.openSession(staffID: verified.id, origin: "console")
            _ = try await stores.intakeOperator.login(verified.name, at: calendar.now())
            logger.notice("staff mode opened at the console", metadata: ["staff": "\(verified.id)"])
            await showMenu(StaffDesk(member: verified, token: token, step: .menu))
        } catch let error as InventoryError where error.code == .refused {
            await show(staffScreens.pin(session: newSession(), name: member.name, error: error.text), stage: .staffPIN(member, digest))
        } catch {
            logger.warning("staff PIN refused at the console", metadata: ["staff": "\(member.id)", "reason": "\(error)"])
            await show(screens.refused(Self.failureText(error)), stage: .notice)
        }
    }

    func showMenu(_ desk: StaffDesk, note: LocalizedText? = nil) async {
        var desk = desk
        desk.step = .menu
        let reviews = (try? await stores.uses.reviewCount()) ?? 0
        let reminders = await stock?.loanReminders(on: calendar.today) ?? []
        let notes = [note, StaffScreens.reminderNote(reminders)].compactMap { $0 }
        await show(staffScreens.menu(session: newSession(), name: desk.member.name, reviews: reviews, notes: notes), stage: .staff(desk))
    }

    /// Every staff step first re-checks the session, so 5 idle minutes end staff mode.
    func staffKey(_ key: String, at desk: StaffDesk) async {
        guard let actor = await authorised(desk) else { return }
        if desk.step.isStock { return await stockKey(key, at: desk, actor: actor) }
        switch (desk.step, key) {
        case (.menu, "4"):
            await openStock(desk)
        case (.menu, "0"):
            await goIdle()
        case (.menu, "1"):
            await showStep(.enrolResident, desk, staffScreens.residentNumber(session: newSession(), purpose: Self.enrolPurpose))
        case (.menu, "2"):
            await showReview(desk, actor: actor, index: 0)
        case (.menu, "3"):
            await showStep(.assignScan, desk, staffScreens.waitForScan(session: newSession()))
        case (.review(let rides, let index), "1") where rides.indices.contains(index):
            _ = try? await stores.uses.resolveReview(useID: rides[index].use.id ?? 0, note: "seen at the console", by: actor)
            await showReview(desk, actor: actor, index: index)
        case (.review(_, let index), "2"):
            await showReview(desk, actor: actor, index: index + 1)
        default:
            await showMenu(desk)
        }
    }

    func staffEntry(_ value: String, at desk: StaffDesk) async {
        guard let actor = await authorised(desk) else { return }
        if desk.step.isStock { return await stockEntry(value, at: desk, actor: actor) }
        switch desk.step {
        case .enrolResident:
            do {
                let resident = try await stores.residents.view(matching: value, by: actor)
                await showStep(.enrolTap(resident), desk, staffScreens.waitForPass(session: newSession(), resident: resident))
            } catch {
                await showStep(.enrolResident, desk, staffScreens.residentNumber(session: newSession(), purpose: Self.enrolPurpose, error: Self.failureText(error)))
            }
        case .assignResident(let barcode):
            await assign(barcode, to: value, desk: desk, actor: actor)
        default:
            await showMenu(desk)
        }
    }

    /// A scan at an intake scanner while staff wait to assign it at the console.
    public func scanned(_ barcode: String) async {
        guard case .staff(let desk) = stage, case .assignScan = desk.step else { return }
        let purpose = LocalizedText(nl: "Pakket \(barcode): voor welke bewoner?", en: "Parcel \(barcode): for which resident?")
        await showStep(.assignResident(barcode: barcode), desk, staffScreens.residentNumber(session: newSession(), purpose: purpose))
    }

    func enrolAtConsole(_ digest: PassDigest, for resident: Resident, desk: StaffDesk) async -> TapOutcome {
        guard let actor = await authorised(desk) else { return .failed }
        do {
            let pass = try await stores.passes.enroll(digest, residentKey: resident.reference ?? String(resident.id ?? 0), by: actor)
            logger.notice("pass enrolled at the console", metadata: ["pass": "\(pass.id)", "resident": "\(resident.id ?? 0)", "staff": "\(actor.id ?? 0)"])
            let who = StaffScreens.shortName(resident)
            await showMenu(desk, note: LocalizedText(nl: "Pas \(pass.id) gekoppeld aan \(who)", en: "Pass \(pass.id) enrolled for \(who)"))
            return .enrolled
        } catch let error as InventoryError where error.code == .conflict {
            await showMenu(desk, note: StaffScreens.passTaken)
            return .failed
        } catch {
            await showMenu(desk, note: Self.failureText(error))
            return .failed
        }
    }

    private func assign(_ barcode: String, to key: String, desk: StaffDesk, actor: StaffActor) async {
        do {
            let view = try await stores.parcels.assign(barcode: barcode, residentKey: key, by: actor)
            let who = view.resident.map { GreetingName.of($0.name) } ?? key
            await showMenu(desk, note: LocalizedText(nl: "Pakket \(barcode) toegewezen aan \(who)", en: "Parcel \(barcode) assigned to \(who)"))
        } catch {
            let purpose = LocalizedText(nl: "Pakket \(barcode): voor welke bewoner?", en: "Parcel \(barcode): for which resident?")
            await showStep(.assignResident(barcode: barcode), desk, staffScreens.residentNumber(session: newSession(), purpose: purpose, error: Self.failureText(error)))
        }
    }

    private func showReview(_ desk: StaffDesk, actor: StaffActor, index: Int) async {
        let rides = (try? await stores.uses.reviewQueue(by: actor)) ?? []
        guard !rides.isEmpty else {
            await showMenu(desk, note: LocalizedText(nl: "Geen ritten om te controleren", en: "No rides to review"))
            return
        }
        let position = index % rides.count
        let screen = staffScreens.review(session: newSession(), ride: rides[position], position: position + 1, count: rides.count)
        await showStep(.review(rides, index: position), desk, screen)
    }

    func showStaffStep(_ step: StaffDesk.Step, _ desk: StaffDesk, _ screen: ConsoleScreen) async {
        await showStep(step, desk, screen)
    }

    private func showStep(_ step: StaffDesk.Step, _ desk: StaffDesk, _ screen: ConsoleScreen) async {
        var next = desk
        next.step = step
        await show(screen, stage: .staff(next))
    }

    private func authorised(_ desk: StaffDesk) async -> StaffActor? {
        do {
            return try await stores.staff.authenticate(token: desk.token)
        } catch {
            await show(screens.refused(Self.failureText(error)), stage: .notice)
            return nil
        }
    }

    static let enrolPurpose = LocalizedText(nl: "Voor wie is de nieuwe pas?", en: "Who is the new pass for?")
}
