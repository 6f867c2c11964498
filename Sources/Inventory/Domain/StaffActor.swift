/// Who is acting, for the audit row that every staff action and every look at a resident's
/// records writes in the same transaction.
public struct StaffActor: Sendable, Equatable, Codable {
    /// `nil` for the hub itself (the end-of-day close) and for the very first staff enrolment.
    public var id: Int64?
    public var name: String

    public init(id: Int64?, name: String) {
        self.id = id
        self.name = name
    }

    public static let hub = StaffActor(id: nil, name: "hub")
}
