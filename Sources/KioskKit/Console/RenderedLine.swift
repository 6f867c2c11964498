import HubAPI

/// One terminal row of a frame: the text exactly as wide as the screen, and how to colour it.
///
/// The renderer stays free of escape codes so tests can compare text; `FrameWriter` turns
/// the style into SGR codes.
public struct RenderedLine: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case plain
        /// Bold, for the options a resident chooses from.
        case strong
        case headline(ConsoleScreen.Tone)
        /// Amber: a hint about a key.
        case attention
        /// Inverse amber bar across the screen: the connection is gone.
        case banner
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
