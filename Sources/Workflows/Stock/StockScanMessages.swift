import Devices
import Inventory

/// What the desk says about one scan: the line it became, or why it did not become one.
enum StockScanMessages {
    static func badCheckDigit(_ number: String) -> LocalizedText {
        LocalizedText(nl: "GTIN \(number) heeft een verkeerd controlecijfer (verkeerd gelezen of beschadigd label) — scan opnieuw",
                      en: "GTIN \(number) has a wrong check digit (misread or damaged label) — scan again")
    }

    static func parcel(_ code: String) -> LocalizedText {
        LocalizedText(nl: "\(code) is een pakket, geen artikel — scan het bij de pakketontvangst (intake-scanner)",
                      en: "\(code) is a parcel, not an article — scan it at intake (the intake scanner)")
    }

    static func unknownArticle(_ gtin: String) -> LocalizedText {
        LocalizedText(nl: "GTIN \(gtin) is onbekend — nieuw artikel? Voeg het toe met `kiosk stock articles add … --gtin \(gtin)` en scan opnieuw",
                      en: "GTIN \(gtin) is unknown — new article? Add it with `kiosk stock articles add … --gtin \(gtin)` and scan again")
    }

    static func notAnArticle(_ code: String) -> LocalizedText {
        LocalizedText(nl: "\(code) is geen artikelcode (GTIN/EAN) — scan de streepjescode of de DataMatrix van het artikel",
                      en: "\(code) is not an article code (GTIN/EAN) — scan the article's barcode or DataMatrix")
    }

    static let noBatch = LocalizedText(nl: "geen partij open — niets geboekt; begin met `kiosk stock desk start …` en scan opnieuw",
                                       en: "no batch open — nothing booked; start one with `kiosk stock desk start …` and scan again")

    static let notTaken = LocalizedText(nl: "scan niet gebruikt — scan opnieuw; blijft het misgaan, bel de beheerder",
                                        en: "scan not used — scan again; if it keeps failing, call the maintainer")

    static let tapAtScanner = LocalizedText(nl: "een pas op de voorraadscanner — niets geregistreerd; de bewoner tikt op de paslezer",
                                            en: "a pass at the stock scanner — nothing registered; the resident taps on the pass reader")

    static func rejected(_ rejection: InputRejection) -> LocalizedText {
        if rejection.code == .checksum {
            return LocalizedText(nl: "verkeerd controlecijfer (verkeerd gelezen of beschadigd label) — scan opnieuw",
                                 en: "wrong check digit (misread or damaged label) — scan again")
        }
        return IntakeMessages.rejected(rejection)
    }

    static func added(_ line: StockDeskLine, _ view: StockDeskView) -> LocalizedText {
        let serialNL = line.serial.map { ", serienummer \($0)" } ?? ""
        let serialEN = line.serial.map { ", serial \($0)" } ?? ""
        return LocalizedText(
            nl: "regel \(line.number): \(line.articleName)\(serialNL) × \(line.quantity) — \(view.units) stuks op \(view.lines.count) regels",
            en: "line \(line.number): \(line.articleName)\(serialEN) × \(line.quantity) — \(view.units) units on \(view.lines.count) lines"
        )
    }
}
