import Devices
import Inventory

/// The bytes a real device would send for a code or a card, per driver.
enum SimulatedInput {
    static func scan(_ code: String, for descriptor: DeviceDescriptor) throws -> [UInt8] {
        switch descriptor.driver {
        case .evdev:
            let layout = KeyboardLayout.named(descriptor.layout) ?? .us
            do {
                return try EvdevKeystrokeEncoder(layout: layout).encode(code)
            } catch {
                throw refusal(nl: "\(descriptor.name) kan '\(code)' niet typen: \(error)", en: "\(descriptor.name) cannot type '\(code)': \(error)")
            }
        case .rdm6300:
            throw refusal(nl: "\(descriptor.name) leest passen — gebruik `kiosk simulate tap`", en: "\(descriptor.name) reads passes — use `kiosk simulate tap`")
        default:
            return Array(code.utf8) + descriptor.terminator.bytes
        }
    }

    static func tap(_ uidHex: String, for descriptor: DeviceDescriptor) throws -> [UInt8] {
        guard case .success(let uid) = UIDFormat.hex.parse(uidHex, length: uidHex.count / 2) else {
            throw refusal(nl: "UID '\(uidHex)' is geen hex — bijvoorbeeld E3086CED", en: "UID '\(uidHex)' is not hex — e.g. E3086CED")
        }
        if descriptor.driver == .rdm6300 {
            guard let frame = RDM6300Frame.encode(tag: uid) else {
                throw refusal(nl: "een RDM6300 leest 4-byte tags, geen \(uid.bytes.count) bytes", en: "an RDM6300 reads 4-byte tags, not \(uid.bytes.count) bytes")
            }
            return frame
        }
        guard descriptor.role == .pass, let text = descriptor.uidFormat.render(uid) else {
            throw refusal(nl: "\(descriptor.name) is geen paslezer", en: "\(descriptor.name) is not a pass reader")
        }
        return try scan(text, for: descriptor)
    }

    private static func refusal(nl: String, en: String) -> InventoryError {
        InventoryError(.invalidInput, nl: nl, en: en)
    }
}
