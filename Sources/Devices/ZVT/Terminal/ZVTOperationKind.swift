/// The dialogues the adapter runs; one at a time, because ZVT has no way to tell two
/// commands' messages apart.
enum ZVTOperationKind: String, Sendable {
    case registration
    case authorization
    case repeatReceipt = "repeat receipt"
    case endOfDay = "end of day"
    case statusEnquiry = "status enquiry"
}

extension ZVTOperationKind {
    /// Short exchanges the hub starts by itself; a payment or a day close waits them out.
    var isHousekeeping: Bool {
        switch self {
        case .registration, .repeatReceipt, .statusEnquiry: true
        case .authorization, .endOfDay: false
        }
    }
}
