import HubAPI
import Inventory
import Workflows

/// Requests that carry only text and numbers are read as they are.
extension AssignRequest: WireDecodable {}
extension ManifestImportRequest: WireDecodable {}
extension SimulateScanRequest: WireDecodable {}
extension SimulateTapRequest: WireDecodable {}
extension SimulateTerminalRequest: WireDecodable {}
extension ConsoleKeyRequest: WireDecodable {}
extension ConsoleEntryRequest: WireDecodable {}
extension ConsoleResetRequest: WireDecodable {}
extension PayRequest: WireDecodable {}
extension StaffAddRequest: WireDecodable {}
extension StaffLoginRequest: WireDecodable {}
extension PassEnrollRequest: WireDecodable {}
extension PassBlockRequest: WireDecodable {}
extension CreditTopUpRequest: WireDecodable {}
extension ReviewResolveRequest: WireDecodable {}
extension StockImportRequest: WireDecodable {}
extension StockDeskQuantityRequest: WireDecodable {}
extension StockLoanExtendRequest: WireDecodable {}
extension StockSerialRequest: WireDecodable {}

/// Answers HubAPI defines outright.
extension SimulateScanResponse: WireRepresentable {}
extension StaffLoginResponse: WireRepresentable {}
extension CreditResponse: WireRepresentable {}
extension PaymentAbortResponse: WireRepresentable {}
extension StockStatementResponse: WireRepresentable {}

extension Inventory.ResidentFields: WireDecodable {
    init(wire: HubAPI.ResidentFields) {
        self.init(
            reference: wire.reference, name: wire.name, street: wire.street, houseNumber: wire.houseNumber,
            postcode: wire.postcode, town: wire.town, phone: wire.phone, remarks: wire.remarks
        )
    }
}

extension Inventory.ServiceFields: WireDecodable {
    init(wire: HubAPI.ServiceFields) {
        self.init(
            code: wire.code, kind: ServiceKind(wire: wire.kind), name: wire.name, destination: wire.destination, price: wire.price,
            maxPrice: wire.maxPrice, payment: PaymentMethod(wire: wire.payment), position: wire.position
        )
    }
}

extension Inventory.ArticleFields: WireDecodable {
    init(wire: HubAPI.ArticleFields) {
        self.init(
            number: wire.number, gtins: wire.gtins, name: wire.name, category: wire.category, kind: ArticleKind(wire: wire.kind),
            minimumLevel: wire.minimumLevel, targetLevel: wire.targetLevel, loanWeeks: wire.loanWeeks, maxLoanWeeks: wire.maxLoanWeeks
        )
    }
}

/// The hub's reading of `HubAPI.DeliverRequest`, with the domain's outcome.
struct OutcomeEntry: WireDecodable {
    var barcode: String
    var outcome: DeliveryOutcome
    var minutes: ContactMinutes?

    init(wire: HubAPI.DeliverRequest) throws {
        barcode = wire.barcode
        outcome = DeliveryOutcome(wire: wire.outcome)
        minutes = try wire.minutes.map { try InventoryError.choice($0, as: ContactMinutes.self, nl: "minuten", en: "minutes") }
    }
}

/// The hub's reading of `HubAPI.ProxyAddRequest`, with the domain's scopes and day.
struct ProxyGrant: WireDecodable {
    var resident: String
    var name: String
    var scopes: [Proxy.Scope]
    var expiresOn: LocalDay

    init(wire: HubAPI.ProxyAddRequest) throws {
        resident = wire.resident
        name = wire.name
        scopes = wire.scopes.map { Proxy.Scope(wire: $0) }
        expiresOn = try LocalDay(wire: wire.expiresOn)
    }
}

/// The hub's reading of `HubAPI.StockDeskStartRequest`, with the workflow's desk mode.
struct StockDeskOpening: WireDecodable {
    var mode: StockDeskMode
    var resident: String?
    var tap: Bool
    var reason: String?

    init(wire: HubAPI.StockDeskStartRequest) {
        mode = StockDeskMode(wire: wire.mode)
        resident = wire.resident
        tap = wire.tap
        reason = wire.reason
    }
}
