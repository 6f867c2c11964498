import Inventory

/// Why the kiosk did not take a key: the screen moved on, or the key is not on it.
/// The console shows the text as a hint and keeps the current screen.
public struct KioskRefusal: Error, Sendable, Equatable {
    public struct Code: Sendable, Hashable {
        public let name: String
        public static let staleScreen = Code(name: "stale-screen")
        public static let keyNotOnScreen = Code(name: "key-not-on-screen")
    }

    public var code: Code
    public var text: LocalizedText

    static let stale = KioskRefusal(code: .staleScreen, text: LocalizedText(
        nl: "Dit scherm is al voorbij — kijk naar het scherm en kies opnieuw",
        en: "This screen has moved on — look at the screen and choose again"
    ))

    static let notOnScreen = KioskRefusal(code: .keyNotOnScreen, text: LocalizedText(
        nl: "Die toets doet hier niets — kies een van de nummers op het scherm",
        en: "That key does nothing here — choose one of the numbers on the screen"
    ))
}
