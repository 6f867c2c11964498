import HubAPI

/// The few texts the console says on its own, when hubd has not (yet) said anything: idle,
/// hints about keys, reconnecting. Everything else on screen comes from hubd.
enum ConsoleTexts {
    static let idleHeadline = LocalizedText(nl: "Houd uw pas voor de lezer", en: "Hold your pass to the reader")
    static let keyNotOffered = LocalizedText(
        nl: "Die toets doet hier niets — kies een van de nummers op het scherm",
        en: "That key does nothing here — choose one of the numbers on the screen"
    )
    static let reconnecting = LocalizedText(
        nl: "Even geduld — de kiosk maakt opnieuw verbinding",
        en: "One moment — the kiosk is reconnecting"
    )
    static let chooseNumber = LocalizedText(nl: "Kies een nummer op het toetsenblok", en: "Choose a number on the keypad")
    static let pressZeroToStop = LocalizedText(nl: "Druk 0 om te stoppen", en: "Press 0 to stop")
    static let typeCode = LocalizedText(nl: "Typ de code en druk op Enter", en: "Type the code and press Enter")
    static let typeNumber = LocalizedText(nl: "Typ het nummer en druk op Enter", en: "Type the number and press Enter")
    static let footerSeparator = "   ·   "

    /// What the console shows before hubd has sent a screen, and after it wiped one.
    static let idleScreen = ConsoleScreen(session: nil, kind: .idle, headline: idleHeadline, timeoutSeconds: 0)
}
