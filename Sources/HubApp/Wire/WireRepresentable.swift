import HubAPI
import Inventory

/// A value hubd sends: it names its HubAPI twin and builds it field by field, so a change to a
/// record or a domain type cannot change what the kiosk reads without a compile error here.
protocol WireRepresentable {
    associatedtype Wire: Encodable
    var wire: Wire { get }
}

/// A value hubd receives: decoded as its HubAPI twin, then turned into the domain's own type.
protocol WireDecodable {
    associatedtype Wire: Decodable
    /// Whether `JSONBody` holds every text in the body to `TextRules` before `init(wire:)`; a
    /// batch whose entries stand alone checks each entry itself.
    static var checksTextWhole: Bool { get }
    init(wire: Wire) throws
}

extension WireDecodable {
    static var checksTextWhole: Bool { true }
}

/// HubAPI's own types already are the wire.
extension WireRepresentable where Wire == Self {
    var wire: Self { self }
}

extension WireDecodable where Wire == Self {
    init(wire: Self) { self = wire }
}

extension Optional: WireRepresentable where Wrapped: WireRepresentable {
    var wire: Wrapped.Wire? { map(\.wire) }
}

extension Array: WireRepresentable where Element: WireRepresentable {
    var wire: [Element.Wire] { map(\.wire) }
}

extension Inventory.LocalizedText: WireRepresentable {
    var wire: HubAPI.LocalizedText { HubAPI.LocalizedText(nl: nl, en: en) }
}

extension Inventory.LocalDay: WireRepresentable, WireDecodable {
    var wire: HubAPI.LocalDay { HubAPI.LocalDay(checkedText: text) }

    init(wire: HubAPI.LocalDay) throws {
        guard let day = Inventory.LocalDay(wire.text) else { throw APIError.badRequest("date '\(wire.text)' is not YYYY-MM-DD") }
        self = day
    }
}
