/// The unit a refusal talks about: "rollator 12345".
public struct UnitLabel: Sendable, Equatable {
    public var articleName: String
    public var serial: String

    public init(articleName: String, serial: String) {
        self.articleName = articleName
        self.serial = serial
    }

    var text: String { "\(articleName.lowercased()) \(serial)" }
}

extension UnitState {
    /// The lifecycle as one pure function: `nil` is a serial this hub has never received.
    /// A refusal names the unit, where it is, and what to do instead.
    public static func transition(
        from state: UnitState?, on event: UnitEvent, unit: UnitLabel
    ) throws(InventoryError) -> UnitState {
        if event == .stocktakeFound { return .inStock }
        guard let state else {
            if event == .receive { return .inStock }
            throw neverReceived(event, unit)
        }
        if let next = allowed(state, event) { return next }
        throw refused(state, event, unit)
    }

    private static func allowed(_ state: UnitState, _ event: UnitEvent) -> UnitState? {
        switch (state, event) {
        case (.sentBack, .receive): .inStock
        case (.inStock, .issueOnRound): .issued
        case (.inStock, .handOver), (.issued, .handOver): .atResident
        case (.issued, .giveBack), (.atResident, .giveBack): .returned
        case (.returned, .startCleaning): .cleaning
        case (.cleaning, .signOffCleaning): .inStock
        case (.inStock, .stocktakeMissing): .writtenOff
        case (.writtenOff, _), (.sentBack, _): nil
        case (_, .writeOff): .writtenOff
        case (.inStock, .sendBack), (.returned, .sendBack), (.cleaning, .sendBack): .sentBack
        default: nil
        }
    }

    private static func neverReceived(_ event: UnitEvent, _ unit: UnitLabel) -> InventoryError {
        if event == .giveBack {
            return InventoryError(
                .notFound,
                nl: "\(unit.text) is niet vanuit deze hub uitgegeven — controleer het serienummer, of breng het naar Vegro",
                en: "\(unit.text) was not issued from this hub — check the serial, or take it to Vegro"
            )
        }
        return InventoryError(
            .notFound,
            nl: "\(unit.text) is nooit ontvangen in deze hub — controleer het serienummer",
            en: "\(unit.text) was never received at this hub — check the serial"
        )
    }

    private static func refused(_ state: UnitState, _ event: UnitEvent, _ unit: UnitLabel) -> InventoryError {
        let next = nextStep(state, event)
        return InventoryError(
            .conflict,
            nl: "\(unit.text) is \(state.label.nl) — \(next.nl)",
            en: "\(unit.text) is \(state.label.en) — \(next.en)"
        )
    }

    /// What staff should do first, given where the unit is.
    private static func nextStep(_ state: UnitState, _ event: UnitEvent) -> LocalizedText {
        switch state {
        case .cleaning:
            LocalizedText(nl: "teken eerst de reiniging af", en: "sign off the cleaning first")
        case .returned where event == .signOffCleaning:
            LocalizedText(nl: "start eerst de reiniging (`kiosk stock clean start`)", en: "start the cleaning first (`kiosk stock clean start`)")
        case .returned:
            LocalizedText(nl: "reinig en keur het eerst", en: "clean and inspect it first")
        case .issued, .atResident:
            event == .giveBack || event == .issueOnRound || event == .handOver
                ? LocalizedText(nl: "boek eerst de terugname", en: "book its return first")
                : LocalizedText(nl: "boek eerst de terugname of schrijf het af", en: "book its return first, or write it off")
        case .inStock:
            event == .giveBack
                ? LocalizedText(nl: "het is niet uitgeleend — controleer het serienummer", en: "it is not on loan — check the serial")
                : LocalizedText(nl: "het ligt al op de plank", en: "it is already on the shelf")
        case .writtenOff, .sentBack:
            LocalizedText(nl: "het hoort niet meer bij deze hub — controleer het serienummer", en: "it no longer belongs to this hub — check the serial")
        }
    }
}
