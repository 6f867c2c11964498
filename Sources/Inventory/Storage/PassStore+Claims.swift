extension PassStore {
    /// For a claim that wants a resident: any other tap goes on to the kiosk untouched.
    @Sendable public func isResidentPass(_ digest: PassDigest) async -> Bool {
        if case .resident = try? await holder(of: digest) { return true }
        return false
    }

    /// For a staff login: a resident's tap is never taken by it.
    @Sendable public func isStaffPass(_ digest: PassDigest) async -> Bool {
        if case .staff = try? await holder(of: digest) { return true }
        return false
    }
}
