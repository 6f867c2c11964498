import Foundation

extension StaffStore {
    static func validName(_ raw: String) throws(InventoryError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...40).contains(name.count), !name.contains(where: \.isNewline) else {
            throw InventoryError(
                .invalidInput,
                nl: "een naam van een medewerker is 1 tot 40 tekens op één regel — bijvoorbeeld `Anna` of `Anna de Boer`",
                en: "a staff member's name is 1 to 40 characters on one line — e.g. `Anna` or `Anna de Boer`"
            )
        }
        return name
    }

    /// Never repeats what was typed: a near-miss PIN is still a secret.
    public static func malformedPIN() -> InventoryError {
        InventoryError(
            .invalidInput,
            nl: "een PIN bestaat uit 4 tot 8 cijfers en niets anders — kies een andere PIN",
            en: "a PIN is 4 to 8 digits and nothing else — choose another PIN"
        )
    }

    static func bootstrapOver() -> InventoryError {
        InventoryError(
            .unauthorized,
            nl: "alleen een ingelogde medewerker kan medewerkers toevoegen — log in met `kiosk login`",
            en: "only a logged-in staff member can add staff — log in with `kiosk login`"
        )
    }

    static func noMember(_ id: Int64) -> InventoryError {
        InventoryError(
            .unauthorized,
            nl: "geen medewerker met nummer \(id) — tik je medewerkerspas opnieuw, of vraag een collega je toe te voegen",
            en: "no staff member number \(id) — tap your staff pass again, or ask a colleague to add you"
        )
    }

    static func inactive(_ name: String) -> InventoryError {
        InventoryError(
            .unauthorized,
            nl: "medewerker \(name) is niet meer actief — vraag de coördinator om je weer toegang te geven",
            en: "staff member \(name) is no longer active — ask the coordinator to restore your access"
        )
    }

    static func locked(seconds: Int) -> InventoryError {
        InventoryError(
            .locked,
            nl: "te veel onjuiste pogingen — probeer het over \(seconds) s opnieuw",
            en: "too many wrong PINs — try again in \(seconds) s"
        )
    }

    static func wrongPIN(triesLeft: Int) -> InventoryError {
        InventoryError(
            .refused,
            nl: "PIN onjuist — nog \(triesLeft) \(triesLeft == 1 ? "poging" : "pogingen")",
            en: "wrong PIN — \(triesLeft) \(triesLeft == 1 ? "try" : "tries") left"
        )
    }

    static func notLoggedIn() -> InventoryError {
        InventoryError(
            .unauthorized,
            nl: "niet ingelogd — log in met `kiosk login` (medewerkerspas + PIN)",
            en: "not logged in — log in with `kiosk login` (staff pass + PIN)"
        )
    }

    static func sessionExpired(idleSeconds: Double) -> InventoryError {
        let seconds = Int(idleSeconds.rounded())
        let minutes = seconds / 60
        let span: LocalizedText = seconds >= 60 && seconds % 60 == 0
            ? LocalizedText(nl: minutes == 1 ? "1 minuut" : "\(minutes) minuten", en: minutes == 1 ? "1 minute" : "\(minutes) minutes")
            : LocalizedText(nl: "\(seconds) seconden", en: "\(seconds) seconds")
        return InventoryError(
            .unauthorized,
            nl: "sessie verlopen na \(span.nl) zonder gebruik — log opnieuw in met `kiosk login`",
            en: "session expired after \(span.en) without use — log in again with `kiosk login`"
        )
    }

    static func unknownOrigin(_ origin: String) -> InventoryError {
        InventoryError(
            .invalidInput,
            nl: "onbekende herkomst '\(origin)' voor een sessie — gebruik `cli` of `console`",
            en: "unknown session origin '\(origin)' — use `cli` or `console`"
        )
    }
}
