import Foundation
import HubAPI
import Inventory

/// Request bodies as hubd decodes them (`JSONBody.decode`): HubAPI's snake_case JSON decoder,
/// then `RequestText`'s walk of every string through `TextRules`. The first byte picks the
/// request type, the rest is the body.
///
/// Promises: a refusal names its field and says why in both languages; a body that passes,
/// encoded again, decodes and passes again, and encodes to the same bytes.
enum APIBodyFuzz {
    static let requests: [@Sendable (Data) -> Void] = [
        decoding(AssignRequest.self), decoding(DeliverRequest.self), decoding(ManifestImportRequest.self),
        decoding(SimulateScanRequest.self), decoding(SimulateTapRequest.self), decoding(SimulateTerminalRequest.self),
        decoding(ConsoleKeyRequest.self), decoding(ConsoleEntryRequest.self), decoding(ConsoleResetRequest.self),
        decoding(PayRequest.self), decoding(StaffAddRequest.self), decoding(StaffLoginRequest.self),
        decoding(PassEnrollRequest.self), decoding(PassBlockRequest.self), decoding(CreditTopUpRequest.self),
        decoding(ReviewResolveRequest.self), decoding(ProxyAddRequest.self), decoding(StockImportRequest.self),
        decoding(StockDeskStartRequest.self), decoding(StockDeskQuantityRequest.self), decoding(StockLoanExtendRequest.self),
        decoding(StockSerialRequest.self), decoding(HubAPI.ResidentFields.self), decoding(HubAPI.ServiceFields.self),
        decoding(HubAPI.ArticleFields.self),
    ]

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        requests[Int(selector) % requests.count](Data(bytes.dropFirst()))
    }

    static func decoding<Request: Codable>(_ type: Request.Type) -> @Sendable (Data) -> Void {
        { roundTrip(type, $0) }
    }

    static func roundTrip<Request: Codable>(_ type: Request.Type, _ body: Data) {
        guard let request = try? HubJSON.decoder().decode(Request.self, from: body), passes(request) else { return }
        let encoded: Data
        do {
            encoded = try HubJSON.encoder().encode(request)
        } catch {
            fatalError("\(Request.self) decoded but does not encode: \(error)")
        }
        let again: Request
        do {
            again = try HubJSON.decoder().decode(Request.self, from: encoded)
        } catch {
            fatalError("\(Request.self) encoded as \(String(decoding: encoded, as: UTF8.self)) does not decode: \(error)")
        }
        require(passes(again), "\(Request.self) passed the text rules, then failed them after a round trip")
        let twice = try? HubJSON.encoder().encode(again)
        require(twice == encoded, "\(Request.self) encodes as \(String(decoding: encoded, as: UTF8.self)), then as \(twice.map { String(decoding: $0, as: UTF8.self) } ?? "nothing")")
    }

    /// `RequestText.checked`, with the refusal's promises checked.
    static func passes(_ request: some Codable) -> Bool {
        do {
            try TextRules.checkFields(of: request)
            return true
        } catch {
            require(!error.field.isEmpty, "a refusal without a field")
            require(!error.text.nl.isEmpty && !error.text.en.isEmpty, "a refusal without words for \(error.field)")
            return false
        }
    }
}
