extension PeriodReport {
    /// One service's use in the month.
    public struct ServiceLine: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var kind: ServiceKind
        public var uses: Int
        public var uniqueResidents: Int
        /// The own contributions charged, whatever the payment method.
        public var contributionCents: Int

        public init(code: String, name: String, kind: ServiceKind, uses: Int, uniqueResidents: Int, contributionCents: Int) {
            self.code = code
            self.name = name
            self.kind = kind
            self.uses = uses
            self.uniqueResidents = uniqueResidents
            self.contributionCents = contributionCents
        }
    }
}
