import Inventory

/// What staff read at the stock desk, in both languages; every refusal says what to do next.
enum StockDeskMessages {
    static func serialTwice(_ serial: String, line: Int) -> InventoryError {
        InventoryError(.conflict, nl: "serienummer \(serial) staat al op regel \(line) — elk exemplaar één keer scannen",
                       en: "serial \(serial) is already on line \(line) — scan each unit once")
    }

    static func serialMissing(_ name: String) -> InventoryError {
        InventoryError(.refused, nl: "\(name) is een uitleenartikel, maar dit label heeft geen serienummer — scan de GS1 DataMatrix op het exemplaar zelf",
                       en: "\(name) is a loan article, but this label has no serial — scan the GS1 DataMatrix on the unit itself")
    }

    static func serialNeeded(_ mode: StockDeskMode) -> InventoryError {
        InventoryError(.refused, nl: "bij \(mode.label.nl) worden alleen uitleenexemplaren gescand — scan de GS1 DataMatrix met serienummer",
                       en: "\(mode.label.en) takes loan units only — scan the GS1 DataMatrix with the serial")
    }

    static func quantityOutOfRange(_ quantity: Int) -> InventoryError {
        InventoryError(.invalidInput, nl: "aantal \(quantity) kan niet (1 t/m \(StockDeskBatch.maxQuantity)) — om de regel weg te halen: `kiosk stock desk undo`",
                       en: "quantity \(quantity) is not possible (1 to \(StockDeskBatch.maxQuantity)) — to drop the line: `kiosk stock desk undo`")
    }

    static let nothingScanned = InventoryError(.refused, nl: "nog niets gescand in deze partij — scan eerst een artikel",
                                               en: "nothing scanned in this batch yet — scan an article first")

    static func quantityOfLoanUnit(_ line: StockDeskLine) -> InventoryError {
        InventoryError(.refused, nl: "regel \(line.number) is een uitleenexemplaar (serienummer \(line.serial ?? "")) — scan elk exemplaar apart",
                       en: "line \(line.number) is a loan unit (serial \(line.serial ?? "")) — scan each unit separately")
    }

    static func batchFull(_ limit: Int) -> InventoryError {
        InventoryError(.refused, nl: "deze partij heeft al \(limit) regels — bevestig met `kiosk stock desk confirm` en begin een nieuwe",
                       en: "this batch already has \(limit) lines — confirm it with `kiosk stock desk confirm` and start another")
    }

    static let noBatch = InventoryError(.refused, nl: "er is geen partij open aan de voorraadbalie — begin met `kiosk stock desk start receive|issue|return|cleaning-done|stocktake`",
                                        en: "no batch is open at the stock desk — start one with `kiosk stock desk start receive|issue|return|cleaning-done|stocktake`")

    static func batchOpen(_ view: StockDeskView) -> InventoryError {
        InventoryError(.conflict, nl: "er staat al een partij \(view.mode.label.nl) open (\(view.lines.count) regels, door \(view.startedBy)) — rond die af met `kiosk stock desk confirm` of `kiosk stock desk cancel`",
                       en: "a \(view.mode.label.en) batch is already open (\(view.lines.count) lines, by \(view.startedBy)) — finish it with `kiosk stock desk confirm` or `kiosk stock desk cancel`")
    }

    static let residentNeeded = InventoryError(.invalidInput, nl: "uitgifte is voor een bewoner — geef `--resident REF` of `--tap` en laat de bewoner de pas tikken",
                                               en: "issuing is for a resident — give `--resident REF`, or `--tap` and have the resident tap their pass")

    static func residentNotWanted(_ mode: StockDeskMode) -> InventoryError {
        InventoryError(.invalidInput, nl: "bij \(mode.label.nl) hoort geen bewoner — laat --resident en --tap weg",
                       en: "\(mode.label.en) is not for a resident — leave out --resident and --tap")
    }

    static let tapNotResident = InventoryError(.refused, nl: "die pas is niet van een bewoner (onbekend, geblokkeerd of van een medewerker) — laat de bewoner de eigen pas tikken of gebruik `--resident REF`",
                                               en: "that pass is not a resident's (unknown, blocked or staff) — have the resident tap their own pass, or use `--resident REF`")

    static let emptyBatch = InventoryError(.refused, nl: "de partij is leeg — scan eerst artikelen, of `kiosk stock desk cancel`",
                                           en: "the batch is empty — scan articles first, or `kiosk stock desk cancel`")

    static func notStocktake(_ mode: StockDeskMode) -> InventoryError {
        InventoryError(.refused, nl: "de open partij is \(mode.label.nl), geen telling — begin een telling met `kiosk stock desk start stocktake`",
                       en: "the open batch is \(mode.label.en), not a stocktake — start one with `kiosk stock desk start stocktake`")
    }

    static func notReceive(_ mode: StockDeskMode) -> InventoryError {
        InventoryError(.refused, nl: "vergelijken met de bestelbon kan alleen bij ontvangst; de open partij is \(mode.label.nl)",
                       en: "comparing with the order slip only works when receiving; the open batch is \(mode.label.en)")
    }
}

extension StockDeskMessages {
    static let booking = InventoryError(.conflict, nl: "de partij wordt op dit moment geboekt — wacht even en kijk met `kiosk stock desk show`",
                                        en: "the batch is being booked right now — wait a moment and look with `kiosk stock desk show`")

    static let batchChanged = LocalizedText(nl: "de partij is intussen bevestigd of geannuleerd — scan niet gebruikt; begin een nieuwe partij",
                                            en: "the batch was confirmed or cancelled meanwhile — scan not used; start a new batch")

    static func expiredIssue(_ name: String, _ expiry: LocalDay) -> InventoryError {
        InventoryError(.refused, nl: "\(name) is verlopen op \(expiry) — niet uitgeven; pak er een van een andere partij",
                       en: "\(name) expired on \(expiry) — do not issue it; take one from another batch")
    }

    static func expired(_ name: String, _ expiry: LocalDay) -> LocalizedText {
        LocalizedText(nl: "\(name) is verlopen op \(expiry)", en: "\(name) expired on \(expiry)")
    }

    static func expiresSoon(_ name: String, _ expiry: LocalDay) -> LocalizedText {
        LocalizedText(nl: "\(name) verloopt op \(expiry) (binnen 30 dagen)", en: "\(name) expires on \(expiry) (within 30 days)")
    }

    static func hygieneBack(_ name: String) -> InventoryError {
        InventoryError(.refused, nl: "\(name) is een hygiëne-artikel en gaat nooit terug de voorraad in — niet scannen bij retour",
                       en: "\(name) is a hygiene article and never goes back into stock — do not scan it as a return")
    }

    static func shelfShort(_ name: String, level: Int) -> InventoryError {
        InventoryError(.conflict, nl: "volgens de voorraad zijn er \(level) van \(name), en die staan al in deze partij — tel de plank (`kiosk stock desk start stocktake`) of ontvang eerst de levering",
                       en: "the stock shows \(level) of \(name), all already in this batch — count the shelf (`kiosk stock desk start stocktake`) or receive the delivery first")
    }

    static func wrongArticle(_ serial: String, scanned: String) -> InventoryError {
        InventoryError(.conflict, nl: "serienummer \(serial) hoort bij een ander artikel dan \(scanned) — scan het etiket op het exemplaar zelf",
                       en: "serial \(serial) belongs to another article than \(scanned) — scan the label on the unit itself")
    }
}

extension StockDeskMessages {
    static func booked(_ receipt: StockDeskReceipt) -> LocalizedText {
        let view = receipt.batch
        return LocalizedText(
            nl: "\(view.mode.label.nl) geboekt: \(view.units) stuks op \(view.lines.count) regels, \(receipt.movements) boekingen",
            en: "\(view.mode.label.en) booked: \(view.units) units on \(view.lines.count) lines, \(receipt.movements) movements"
        )
    }

    static var reasonNeeded: InventoryError {
        InventoryError(
            .invalidInput,
            nl: "afschrijven kan alleen met een reden — bijvoorbeeld `kiosk stock desk start write-off --reason \"beschadigd\"`",
            en: "a write-off needs a reason — e.g. `kiosk stock desk start write-off --reason \"damaged\"`"
        )
    }
}
