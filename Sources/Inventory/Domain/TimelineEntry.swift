import Foundation

/// One line of a resident's contact history: a ride, a chore, a visit, a parcel, a credit top-up
/// or a pass change, newest first.
public struct TimelineEntry: Sendable, Equatable, Codable {
    public var time: Date
    /// `ride`, `chore`, `activity`, `parcel`, `credit`, `pass`, `proxy`, `visit`.
    public var kind: String
    public var text: LocalizedText

    public init(time: Date, kind: String, text: LocalizedText) {
        self.time = time
        self.kind = kind
        self.text = text
    }
}
