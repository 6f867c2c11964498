import Foundation
import HubAPI
@testable import HubApp

/// Encodes a domain value through its mapping and reads it back as the kiosk does.
func throughWire<T: WireRepresentable>(_ value: T) throws -> T.Wire where T.Wire: Decodable {
    let data = try HubJSON.encoder().encode(value.wire)
    return try HubJSON.decoder().decode(T.Wire.self, from: data)
}

/// The JSON the domain type itself writes, next to what its mapping writes, so a test can show
/// that `--json` output kept its shape.
func jsonPair<T: WireRepresentable & Encodable>(_ value: T) throws -> (domain: String, wire: String) {
    let domain = try HubJSON.encoder().encode(value)
    let wire = try HubJSON.encoder().encode(value.wire)
    return (String(decoding: domain, as: UTF8.self), String(decoding: wire, as: UTF8.self))
}

/// Whole seconds, as ISO 8601 keeps them.
let fixedTime = Date(timeIntervalSince1970: 1_795_000_000)
