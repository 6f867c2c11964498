/// The shift level a key is read at.
public enum KeyLevel: Int, Sendable, Hashable, CaseIterable {
    case plain = 1
    case shifted = 2
    case altGr = 3
}
