/// What a scan did: a new parcel, or nothing because the parcel is already at the hub.
public enum ReceiveResult: Sendable, Equatable {
    case received(Parcel, assignedTo: Resident?)
    case duplicate(Parcel)

    public var parcel: Parcel {
        switch self {
        case .received(let parcel, _), .duplicate(let parcel): parcel
        }
    }
}
