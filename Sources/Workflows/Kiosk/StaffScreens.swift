import Inventory

/// Staff mode at the console: a PIN, then a short menu. Staff may see names here; residents never do.
struct StaffScreens: Sendable {
    let rules: KioskRules
    let calendar: HubCalendar

    var timeout: Int { max(rules.idleSeconds, Int(rules.staffIdleSeconds)) }

    func pin(session: String, name: String, error: LocalizedText?) -> ConsoleScreen {
        var lines = [LocalizedText(nl: "Medewerker \(name): typ uw PIN en druk op Enter", en: "Staff member \(name): type your PIN and press Enter")]
        if let error { lines.append(error) }
        return ConsoleScreen(
            session: session, kind: .pin, headline: LocalizedText(nl: "PIN", en: "PIN"), lines: lines,
            entry: .pin, tone: error == nil ? .calm : .attention, timeoutSeconds: rules.idleSeconds
        )
    }

    func menu(session: String, name: String, reviews: Int, notes: [LocalizedText] = []) -> ConsoleScreen {
        ConsoleScreen(
            session: session, kind: .staff, headline: LocalizedText(nl: "Medewerker", en: "Staff"),
            lines: [LocalizedText(nl: "Ingelogd: \(name)", en: "Logged in: \(name)")] + notes,
            options: [
                ConsoleOption(key: "1", label: LocalizedText(nl: "Pas koppelen", en: "Enrol a pass")),
                ConsoleOption(key: "2", label: LocalizedText(nl: "Controlelijst ritten (\(reviews))", en: "Ride review queue (\(reviews))")),
                ConsoleOption(key: "3", label: LocalizedText(nl: "Pakket toewijzen", en: "Assign a parcel")),
                ConsoleOption(key: "4", label: LocalizedText(nl: "Voorraadbalie (hulpmiddelen)", en: "Stock desk (aids)")),
                ConsoleOption(key: "0", label: LocalizedText(nl: "Afsluiten", en: "Leave staff mode")),
            ],
            timeoutSeconds: timeout
        )
    }

    func residentNumber(session: String, purpose: LocalizedText, error: LocalizedText? = nil) -> ConsoleScreen {
        ConsoleScreen(
            session: session, kind: .waiting, headline: LocalizedText(nl: "Bewonersnummer", en: "Resident number"),
            lines: [purpose, LocalizedText(nl: "Typ het nummer en druk op Enter", en: "Type the number and press Enter")] + (error.map { [$0] } ?? []),
            options: [back], entry: .number, tone: error == nil ? .calm : .attention, timeoutSeconds: timeout
        )
    }

    func waitForPass(session: String, resident: Resident) -> ConsoleScreen {
        ConsoleScreen(
            session: session, kind: .waiting, headline: LocalizedText(nl: "Houd de nieuwe pas voor de lezer", en: "Hold the new pass to the reader"),
            lines: [LocalizedText(nl: "Nieuwe pas voor \(Self.shortName(resident))", en: "New pass for \(Self.shortName(resident))")],
            options: [back], timeoutSeconds: timeout
        )
    }

    /// A staff command on the command line waits for a tap: whoever stands at the reader reads why.
    func claim(session: String, purpose: TapClaims.Purpose) -> ConsoleScreen {
        let (headline, line): (LocalizedText, LocalizedText) = switch purpose {
        case .staffLogin:
            (LocalizedText(nl: "Medewerker: tik uw pas", en: "Staff: tap your pass"),
             LocalizedText(nl: "Voor inloggen op de opdrachtregel", en: "To log in on the command line"))
        case .newStaffPass:
            (LocalizedText(nl: "Tik de nieuwe medewerkerspas", en: "Tap the new staff pass"),
             LocalizedText(nl: "Een medewerker wordt toegevoegd", en: "A staff member is being added"))
        case .enrolment:
            (LocalizedText(nl: "Tik de nieuwe pas", en: "Tap the new pass"),
             LocalizedText(nl: "Een pas wordt gekoppeld", en: "A pass is being enrolled"))
        case .stockIssue:
            (LocalizedText(nl: "Tik uw pas voor het hulpmiddel", en: "Tap your pass for the aid"),
             LocalizedText(nl: "Een hulpmiddel wordt uitgegeven", en: "An aid is being issued"))
        }
        return ConsoleScreen(session: session, kind: .waiting, headline: headline, lines: [line], timeoutSeconds: timeout)
    }

    func waitForScan(session: String) -> ConsoleScreen {
        ConsoleScreen(
            session: session, kind: .waiting, headline: LocalizedText(nl: "Scan het pakket", en: "Scan the parcel"),
            lines: [LocalizedText(nl: "Scan de barcode op een intakescanner", en: "Scan the barcode on an intake scanner")],
            options: [back], timeoutSeconds: timeout
        )
    }

    func review(session: String, ride: ServiceUseView, position: Int, count: Int) -> ConsoleScreen {
        let start = calendar.dayAndTime(ride.use.startedAt)
        let end = ride.use.endedAt.map(calendar.clockTime) ?? "?"
        return ConsoleScreen(
            session: session, kind: .staff, headline: LocalizedText(nl: "Controle \(position)/\(count)", en: "Review \(position)/\(count)"),
            lines: [
                LocalizedText(nl: "\(Self.shortName(ride)) — \(ride.serviceName)", en: "\(Self.shortName(ride)) — \(ride.serviceName)"),
                LocalizedText(nl: "Ingecheckt \(start), niet uitgecheckt; automatisch gesloten \(end)", en: "Checked in \(start), never checked out; closed by the hub at \(end)"),
            ],
            options: [
                ConsoleOption(key: "1", label: LocalizedText(nl: "Gezien — afhandelen", en: "Seen — resolve")),
                ConsoleOption(key: "2", label: LocalizedText(nl: "Volgende", en: "Next")),
                back,
            ],
            timeoutSeconds: timeout
        )
    }

    /// Staff read the screen, but so may a resident standing beside them: a first name, an
    /// initial and the reference say enough to check it is the right person.
    static func shortName(_ resident: Resident) -> String {
        GreetingName.of(resident.name) + (resident.reference.map { " (\($0))" } ?? "")
    }

    static func shortName(_ ride: ServiceUseView) -> String {
        GreetingName.of(ride.residentName) + (ride.residentReference.map { " (\($0))" } ?? "")
    }

    static let passTaken = LocalizedText(
        nl: "Deze pas is al van iemand anders — gebruik een nieuwe pas, of blokkeer de oude met `kiosk passes block`",
        en: "This pass already belongs to someone — use a new pass, or block the old one with `kiosk passes block`"
    )

    var back: ConsoleOption { ConsoleOption(key: "0", label: LocalizedText(nl: "Terug", en: "Back")) }
}
