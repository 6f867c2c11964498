import Foundation
import GRDB

/// A *mantelzorger*: someone who may act for a resident within a scope, until a date.
public struct Proxy: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public enum Scope: String, Sendable, Codable, CaseIterable {
        case parcels
        case medication
        case aids
        case rides
    }

    public var id: Int64?
    public var residentId: Int64
    public var name: String
    /// Comma-separated `Scope` raw values, e.g. "parcels,rides".
    public var scopes: String
    public var expiresOn: LocalDay
    public var createdAt: Date
    public var createdBy: String?

    public static let databaseTableName = "proxy"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var scopeList: [Scope] { scopes.split(separator: ",").compactMap { Scope(rawValue: String($0)) } }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
