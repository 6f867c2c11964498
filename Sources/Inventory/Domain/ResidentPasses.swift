/// One resident's passes as staff see them: the current pass and every replaced or blocked one,
/// because a lost pass's history stays with the resident.
public struct ResidentPasses: Sendable, Codable, Equatable {
    public var residentId: Int64
    public var residentName: String
    /// Newest first.
    public var passes: [PassRecord]

    public init(residentId: Int64, residentName: String, passes: [PassRecord]) {
        self.residentId = residentId
        self.residentName = residentName
        self.passes = passes
    }
}
