/// A short-lived line under the screen telling the resident why nothing happened.
public enum ConsoleHint: Sendable, Equatable {
    /// A key that is not one of the numbers on screen.
    case keyNotOffered
    /// hubd refused the key and said why, already in the console's language.
    case refused(String)
    /// hubd did not answer the key at all.
    case unreachable
}
