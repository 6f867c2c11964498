extension PeriodReport {
    /// Deliveries are parcels with a final outcome in the period; they are what suppliers pay for
    /// and what the contact share is of.
    public struct Deliveries: Sendable, Codable, Equatable {
        /// Per supplier, ordered by supplier id.
        public var perSupplier: [SupplierLine]
        public var contact: Int
        public var letterbox: Int
        public var neighbour: Int
        /// Parcels sent back to the supplier in the period; not deliveries.
        public var returned: Int
        /// Not-home attempts recorded in the period (each one a retry the next day).
        public var notHomeRetries: Int
        /// contact / (contact + letterbox + neighbour), in tenths of a percent; nil without deliveries.
        public var contactSharePermille: Int?
        /// Distinct addresses and residents delivered to.
        public var uniqueAddresses: Int
        public var uniqueResidents: Int
        /// Cold-chain parcels handed over after their deadline.
        public var overdueColdChain: Int
        /// Stops (one resident, one day) with a hand-over, and those where parcels of two or more
        /// suppliers were handed over together.
        public var stops: Int
        public var bundledStops: Int

        public var delivered: Int { contact + letterbox + neighbour }

        public init(
            perSupplier: [SupplierLine], contact: Int, letterbox: Int, neighbour: Int, returned: Int, notHomeRetries: Int,
            uniqueAddresses: Int, uniqueResidents: Int, overdueColdChain: Int, stops: Int, bundledStops: Int
        ) {
            self.perSupplier = perSupplier
            self.contact = contact
            self.letterbox = letterbox
            self.neighbour = neighbour
            self.returned = returned
            self.notHomeRetries = notHomeRetries
            let delivered = contact + letterbox + neighbour
            contactSharePermille = delivered == 0 ? nil : (contact * 1000 + delivered / 2) / delivered
            self.uniqueAddresses = uniqueAddresses
            self.uniqueResidents = uniqueResidents
            self.overdueColdChain = overdueColdChain
            self.stops = stops
            self.bundledStops = bundledStops
        }

        public struct SupplierLine: Sendable, Codable, Equatable {
            public var supplierId: String
            public var contact: Int
            public var letterbox: Int
            public var neighbour: Int
            public var returned: Int
            public var delivered: Int { contact + letterbox + neighbour }

            public init(supplierId: String, contact: Int = 0, letterbox: Int = 0, neighbour: Int = 0, returned: Int = 0) {
                self.supplierId = supplierId
                self.contact = contact
                self.letterbox = letterbox
                self.neighbour = neighbour
                self.returned = returned
            }
        }
    }
}
