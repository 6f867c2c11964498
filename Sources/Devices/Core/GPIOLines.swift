/// The GPIO lines of the feedback board and kiosk buttons.
public struct GPIOLines: Sendable, Hashable, Codable {
    public var chip: String
    public var ledGreen: Int?
    public var ledRed: Int?
    public var buzzer: Int?
    /// Button lines, in the order of the buttons' labels (1, 2, 3, …).
    public var buttons: [Int]
    public var debounce: Duration

    public init(chip: String = "gpiochip0", ledGreen: Int? = nil, ledRed: Int? = nil, buzzer: Int? = nil, buttons: [Int] = [], debounce: Duration = .milliseconds(30)) {
        self.chip = chip
        self.ledGreen = ledGreen
        self.ledRed = ledRed
        self.buzzer = buzzer
        self.buttons = buttons
        self.debounce = debounce
    }
}
