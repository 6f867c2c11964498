/// The kiosk shows a first name and an initial at most ("Marie J."), so a passer-by learns
/// next to nothing from the screen.
public enum GreetingName {
    public static func of(_ fullName: String) -> String {
        let words = fullName.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return "" }
        guard words.count > 1, let last = words.last, let initial = last.first else { return first }
        return "\(first) \(initial.uppercased())."
    }

    /// "Goedemorgen" before noon, "Goedemiddag" until six, "Goedenavond" after.
    public static func salutation(hour: Int) -> (nl: String, en: String) {
        switch hour {
        case ..<12: ("Goedemorgen", "Good morning")
        case ..<18: ("Goedemiddag", "Good afternoon")
        default: ("Goedenavond", "Good evening")
        }
    }
}
