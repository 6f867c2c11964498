extension PassStore {
    /// For a staff login: a resident's tap is never taken by it.
    @Sendable public func isStaffPass(_ digest: PassDigest) async -> Bool {
        if case .staff = try? await holder(of: digest) { return true }
        return false
    }
}
