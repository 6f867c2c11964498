/// Which edge is a press.
///
/// Kiosk buttons are normally wired between the GPIO pin and ground with the pin's pull-up
/// enabled (Pi OS enables pull-ups on GPIO 0–8 by default; set others with `pinctrl` or a
/// `gpio=…=pu` line in config.txt): the line idles high and a press pulls it low, so a press is
/// a falling edge (`activeLow`). Buttons wired to 3.3 V with a pull-down press on a rising
/// edge (`activeHigh`).
public enum ButtonPolarity: String, Sendable, Codable, CaseIterable {
    case activeLow
    case activeHigh

    public var pressEdge: GPIOEdge.Kind {
        switch self {
        case .activeLow: .falling
        case .activeHigh: .rising
        }
    }
}
