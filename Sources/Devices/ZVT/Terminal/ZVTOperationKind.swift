/// The dialogues the adapter runs; one at a time, because ZVT has no way to tell two
/// commands' messages apart.
enum ZVTOperationKind: String, Sendable {
    case registration
    case authorization
    case repeatReceipt = "repeat receipt"
    case endOfDay = "end of day"
    case statusEnquiry = "status enquiry"
}
