import Foundation
import Inventory

/// Where the kiosk console is in its flow. Only the current person's data lives here, and it is
/// dropped the moment the console returns to idle.
enum KioskStage: Sendable {
    case idle
    /// A pass was tapped and is being looked up; a second tap meanwhile finds the kiosk busy.
    case resolving(PassDigest)
    /// A message with nothing to choose; the console returns to idle after its timeout.
    case notice
    case visit(ResidentVisit)
    case staffPIN(StaffMember, PassDigest)
    case staff(StaffDesk)
    /// A card payment runs on the terminal; the screen follows it and never times out.
    case paying(KioskPayment)
    /// A staff command waits for a pass tap; the screen says so until the claim ends.
    case claim
}

/// The kiosk's payment for a registration it just booked.
struct KioskPayment: Sendable {
    var use: ServiceUse
    var service: Service
    var step: PaymentStep
    var abortRefused = false
}

/// A resident at the kiosk: who tapped, what they may choose, and what they chose.
struct ResidentVisit: Sendable {
    enum Option: Sendable {
        case checkOut(ServiceUseView)
        case service(Service)
    }

    var resident: Resident
    var pass: PassRecord
    /// To tell the same card tapped again from someone else's, without another lookup.
    var digest: PassDigest
    var device: String
    var options: [String: Option]
    var chosen: Option?
}

/// A staff member in staff mode at the console, with the sub-screen they are on.
struct StaffDesk: Sendable {
    enum Step: Sendable {
        case menu
        case enrolResident
        case enrolTap(Resident)
        case review([ServiceUseView], index: Int)
        case assignScan
        case assignResident(barcode: String)
        case stockModes
        case stockBatch
        case stockResident
        case stockQuantity

        var isStock: Bool {
            switch self {
            case .stockModes, .stockBatch, .stockResident, .stockQuantity: true
            default: false
            }
        }
    }

    var member: StaffMember
    var token: String
    var step: Step
}
