extension MonthReport {
    /// Deliveries per supplier are the basis for invoicing suppliers; contact versus letterbox
    /// is the share the hub reports on.
    public struct Parcels: Sendable, Codable, Equatable {
        /// Parcels received in the month, per supplier id, ordered by supplier id.
        public var perSupplier: [SupplierCount]
        /// Delivery attempts recorded in the month, by outcome.
        public var contact: Int
        public var letterbox: Int
        public var neighbour: Int
        public var notHome: Int
        public var returned: Int
        /// Distinct street, house number and postcode of residents with a parcel received in the month.
        public var uniqueAddresses: Int

        public init(
            perSupplier: [SupplierCount], contact: Int, letterbox: Int, neighbour: Int, notHome: Int, returned: Int,
            uniqueAddresses: Int
        ) {
            self.perSupplier = perSupplier
            self.contact = contact
            self.letterbox = letterbox
            self.neighbour = neighbour
            self.notHome = notHome
            self.returned = returned
            self.uniqueAddresses = uniqueAddresses
        }

        public struct SupplierCount: Sendable, Codable, Equatable {
            public var supplierId: String
            public var count: Int

            public init(supplierId: String, count: Int) {
                self.supplierId = supplierId
                self.count = count
            }
        }
    }
}
