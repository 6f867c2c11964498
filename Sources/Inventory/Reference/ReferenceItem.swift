import Foundation

/// One item of the reference data central owns (issue 17, point 5): a supplier with its
/// barcode patterns and rate, a service of the catalogue, or one of Vegro's articles.
///
/// Its body is JSON with sorted keys, the form central stores and compares: loading the same
/// catalogue twice changes nothing and moves no version.
public enum ReferenceItem: Sendable, Equatable {
    case supplier(Supplier)
    case service(ServiceFields, active: Bool)
    case article(ArticleFields)

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case supplier, service, article
    }

    public var kind: Kind {
        switch self {
        case .supplier: .supplier
        case .service: .service
        case .article: .article
        }
    }

    /// The supplier's id, the service's code, the article's number: what the hub matches on.
    public var key: String {
        switch self {
        case .supplier(let supplier): supplier.id
        case .service(let fields, _): fields.code.trimmingCharacters(in: .whitespaces).lowercased()
        case .article(let fields): fields.number.trimmingCharacters(in: .whitespaces)
        }
    }

    public func body() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = switch self {
        case .supplier(let supplier): try encoder.encode(supplier)
        case .service(let fields, let active): try encoder.encode(ServiceBody(service: fields, active: active))
        case .article(let fields): try encoder.encode(fields)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// An item as central sent it; a body this hubd cannot read is refused with its kind and key.
    public init(kind: Kind, key: String, body: String) throws(InventoryError) {
        let decoder = JSONDecoder()
        let data = Data(body.utf8)
        do {
            switch kind {
            case .supplier: self = .supplier(try decoder.decode(Supplier.self, from: data))
            case .service:
                let service = try decoder.decode(ServiceBody.self, from: data)
                self = .service(service.service, active: service.active)
            case .article: self = .article(try decoder.decode(ArticleFields.self, from: data))
            }
        } catch {
            throw InventoryError(
                .invalidInput,
                nl: "centrale stuurde een \(kind.rawValue) '\(key.prefix(40))' die deze hubd niet kan lezen — werk hubd bij",
                en: "central sent a \(kind.rawValue) '\(key.prefix(40))' this hubd cannot read — update hubd"
            )
        }
        guard self.key == key else {
            throw InventoryError(
                .invalidInput,
                nl: "centrale stuurde \(kind.rawValue) '\(key.prefix(40))' met een andere sleutel in de inhoud",
                en: "central sent \(kind.rawValue) '\(key.prefix(40))' whose body names another key"
            )
        }
    }

    /// A service is retired at central by `active = false`, never deleted: rides already taken
    /// still point at it.
    private struct ServiceBody: Codable {
        var service: ServiceFields
        var active: Bool
    }
}

/// An item and the version central gave its latest change.
public struct ReferenceChange: Sendable, Equatable {
    public var version: Int64
    public var item: ReferenceItem

    public init(version: Int64, item: ReferenceItem) {
        self.version = version
        self.item = item
    }
}

extension ReferenceItem {
    /// The checks the hub makes when it applies this item, made also where the item is written
    /// (`hubcentral reference load`), so central never holds what a hub would refuse: the text
    /// rules of the API's fields (length, control characters) and the rules of the hub's own
    /// commands.
    public func check(kioskRules: KioskRules = KioskRules(), stockRules: StockRules = StockRules()) throws(InventoryError) {
        do {
            switch self {
            case .supplier(let supplier): try TextRules.checkFields(of: supplier)
            case .service(let fields, _): try TextRules.checkFields(of: fields)
            case .article(let fields): try TextRules.checkFields(of: fields)
            }
        } catch {
            throw InventoryError(.invalidInput, nl: "\(kind.rawValue) '\(key.prefix(40))': \(error.text.nl)", en: "\(kind.rawValue) '\(key.prefix(40))': \(error.text.en)")
        }
        switch self {
        case .supplier(let supplier):
            try Self.check(supplier)
        case .service(let fields, _):
            do {
                _ = try ServiceCatalog.validated(fields, defaultMaxPrice: kioskRules.defaultMaxPrice, now: Date(timeIntervalSince1970: 0))
            } catch let error as InventoryError {
                throw error
            } catch {
                throw InventoryError(.invalidInput, nl: "\(error)", en: "\(error)")
            }
        case .article(let fields):
            _ = try ArticleStore.checked(fields, rules: stockRules)
        }
    }

    /// The rules hubd.toml's `[[suppliers]]` follow: ids end up in URLs, CSV and CLI arguments,
    /// hence the narrow alphabet; `unknown` is kept for parcels no pattern matches.
    static func check(_ supplier: Supplier) throws(InventoryError) {
        let allowed = supplier.id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard (1...40).contains(supplier.id.count), allowed, supplier.id != Supplier.unknownID else {
            throw InventoryError(
                .invalidInput, nl: "leverancier '\(supplier.id.prefix(40))': gebruik 1 tot 40 tekens a-z, 0-9 en '-', en niet 'unknown'",
                en: "supplier '\(supplier.id.prefix(40))': use 1 to 40 characters a-z, 0-9 and '-', and not 'unknown'"
            )
        }
        guard !supplier.patterns.isEmpty, (1...100).contains(supplier.name.count) else {
            throw InventoryError(
                .invalidInput, nl: "leverancier '\(supplier.id)': geef een naam en minstens één patroon",
                en: "supplier '\(supplier.id)': give a name and at least one pattern"
            )
        }
        if let rate = supplier.rateCents, !(1...100_000).contains(rate) {
            throw InventoryError(
                .invalidInput, nl: "leverancier '\(supplier.id)': geef een tarief tussen 0,01 en 1000,00 per levering",
                en: "supplier '\(supplier.id)': give a rate between 0.01 and 1000.00 per delivery"
            )
        }
    }
}
