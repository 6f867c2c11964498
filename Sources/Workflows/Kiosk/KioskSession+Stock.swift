import Foundation
import Inventory

extension KioskSession {
    /// The staff menu's stock desk: the open batch if there is one, else the modes to start one.
    func openStock(_ desk: StaffDesk, note: LocalizedText? = nil) async {
        guard let stock else {
            await showMenu(desk, note: LocalizedText(nl: "Er is geen voorraadbalie ingesteld", en: "No stock desk is configured"))
            return
        }
        if let view = await stock.current {
            await showStaffStep(.stockBatch, desk, staffScreens.stockBatch(session: newSession(), view: view, note: note))
        } else {
            await showStaffStep(.stockModes, desk, staffScreens.stockModes(session: newSession(), note: note))
        }
    }

    func stockKey(_ key: String, at desk: StaffDesk, actor: StaffActor) async {
        guard let stock else { return await showMenu(desk) }
        switch (desk.step, key) {
        case (.stockModes, "0"), (.stockBatch, "0"):
            await showMenu(desk)
        case (.stockModes, "2"):
            await showStaffStep(.stockResident, desk, staffScreens.residentNumber(session: newSession(), purpose: Self.issuePurpose))
        case (.stockModes, let key):
            guard let mode = StaffScreens.stockModeKeys.first(where: { $0.0 == key })?.1 else { return await openStock(desk) }
            await stockStep(desk) { _ = try await stock.start(mode, resident: .none, by: actor) }
        case (.stockBatch, "1"):
            await confirmStock(desk, stock: stock, actor: actor)
        case (.stockBatch, "2"):
            await stockStep(desk) { _ = try await stock.undo(by: actor) }
        case (.stockBatch, "3"):
            await showStaffStep(.stockQuantity, desk, staffScreens.stockQuantity(session: newSession()))
        case (.stockBatch, "4"):
            await stockStep(desk) { _ = try await stock.cancel(by: actor) }
        default:
            await openStock(desk)
        }
    }

    func stockEntry(_ value: String, at desk: StaffDesk, actor: StaffActor) async {
        guard let stock else { return await showMenu(desk) }
        switch desk.step {
        case .stockResident:
            do {
                _ = try await stock.start(.issue, resident: .reference(value), by: actor)
                await openStock(desk)
            } catch {
                await showStaffStep(.stockResident, desk, staffScreens.residentNumber(
                    session: newSession(), purpose: Self.issuePurpose, error: Self.failureText(error)
                ))
            }
        case .stockQuantity:
            guard let quantity = Int(value) else {
                await showStaffStep(.stockQuantity, desk, staffScreens.stockQuantity(session: newSession(), error: Self.notANumber))
                return
            }
            await stockStep(desk) { _ = try await stock.setQuantity(quantity, by: actor) }
        default:
            await openStock(desk)
        }
    }

    /// A scan at the stock scanner while staff look at the stock desk: the screen follows it,
    /// with what the scan said (accepted, or why not).
    public func stockScanned(_ event: HubEvent) async {
        guard case .staff(let desk) = stage else { return }
        switch desk.step {
        case .stockBatch, .stockModes: await openStock(desk, note: event.stock?.accepted == false ? event.message : nil)
        default: return
        }
    }

    private func confirmStock(_ desk: StaffDesk, stock: StockDesk, actor: StaffActor) async {
        do {
            let mode = await stock.current?.mode
            let receipt = mode == .stocktake ? try await stock.confirmStocktake(by: actor) : try await stock.confirm(by: actor)
            let note = LocalizedText(nl: "Geboekt: \(receipt.movements) bewegingen", en: "Booked: \(receipt.movements) movements")
            await openStock(desk, note: note)
        } catch {
            await openStock(desk, note: Self.failureText(error))
        }
    }

    /// Runs one desk action and shows the batch again, with the refusal if there was one.
    private func stockStep(_ desk: StaffDesk, _ action: () async throws -> Void) async {
        do {
            try await action()
            await openStock(desk)
        } catch {
            await openStock(desk, note: Self.failureText(error))
        }
    }

    static let issuePurpose = LocalizedText(nl: "Uitgifte: voor welke bewoner?", en: "Issuing: for which resident?")
    static let notANumber = LocalizedText(nl: "Dat is geen aantal — typ alleen cijfers", en: "That is not a quantity — type digits only")
}
