/// Whose pass was tapped, as far as the kiosk may know it.
public enum PassHolder: Sendable, Equatable {
    case resident(Resident, PassRecord)
    case staff(StaffMember, PassRecord)
    case blocked(PassRecord)
    case unknown
}
