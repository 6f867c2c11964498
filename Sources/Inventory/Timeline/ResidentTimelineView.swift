/// A resident's contact history as staff read it: who, their credit, and what happened, newest first.
public struct ResidentTimelineView: Sendable, Codable, Equatable {
    public var residentId: Int64
    public var residentName: String
    public var creditCents: Int
    public var entries: [TimelineEntry]

    public init(residentId: Int64, residentName: String, creditCents: Int, entries: [TimelineEntry]) {
        self.residentId = residentId
        self.residentName = residentName
        self.creditCents = creditCents
        self.entries = entries
    }
}
