import Central
import Foundation
import Inventory
import Logging

/// Takes central's reference data that changed since the hub's version, a page per hub
/// transaction (issue 17, point 5). A failure is noted for `kiosk status` and tried again at the
/// next conversation; it never holds up the events going the other way.
struct ReferencePull: Sendable {
    let store: ReferenceStore
    let state: CentralSyncState
    let calendar: HubCalendar
    let logger: Logger

    func pull(_ hello: CentralHello, _ talk: CentralConversation) async {
        guard let latest = hello.referenceVersion else { return }
        do {
            let position = try await store.position()
            guard latest != position.version || hello.referenceLoad != position.load else { return }
            var held = position.version
            var page = try await talk.referenceSince(held)
            if held > 0, page.heldLoad != position.load {
                logger.warning("central's reference data is not the one this hub took its version from (central restored?) — taking all of it again", metadata: [
                    "central_version": "\(latest)", "hub_version": "\(held)",
                ])
                try await store.rewind()
                held = 0
                page = try await talk.referenceSince(0)
            }
            while true {
                let applied = try await store.apply(try page.changes.map(Self.change), through: page.through, load: page.throughLoad)
                held = applied.version
                logger.info("reference data from central applied", metadata: ["applied": "\(applied.summary)"])
                guard page.full, !page.changes.isEmpty else { break }
                page = try await talk.referenceSince(held)
            }
            await state.referenceApplied(at: calendar.now())
        } catch let error as InventoryError {
            await refused(error.text.en)
        } catch {
            await refused(CentralError(error).message)
        }
    }

    private func refused(_ message: String) async {
        logger.error("reference data from central not applied — tried again at the next contact", metadata: ["error": "\(message)"])
        await state.referenceFailed(message)
    }

    private static func change(_ change: CentralReferencePage.Change) throws -> ReferenceChange {
        guard let kind = ReferenceItem.Kind(rawValue: change.kind) else {
            throw InventoryError(
                .invalidInput,
                nl: "centrale stuurde referentiegegevens van een soort die deze hubd niet kent ('\(change.kind.prefix(20))') — werk hubd bij",
                en: "central sent reference data of a kind this hubd does not know ('\(change.kind.prefix(20))') — update hubd"
            )
        }
        return ReferenceChange(version: change.version, item: try ReferenceItem(kind: kind, key: change.key, body: change.body))
    }
}
