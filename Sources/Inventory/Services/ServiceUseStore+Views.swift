import Foundation
import GRDB

extension ServiceUseStore {
    /// Aliased so the joined tables' `id`, `name` and `kind` never shadow the use's own columns.
    private static let viewSelect = """
        SELECT service_use.*, service.code AS view_service_code, service.name AS view_service_name,
               resident.name AS view_resident_name, resident.reference AS view_resident_reference
        FROM service_use
        JOIN service ON service.id = service_use.service_id
        JOIN resident ON resident.id = service_use.resident_id
        """

    static func views(
        _ db: Database, where filter: String, arguments: StatementArguments, order: String, limit: Int?
    ) throws -> [ServiceUseView] {
        let sql = viewSelect + " WHERE \(filter) ORDER BY \(order)" + (limit.map { " LIMIT \($0)" } ?? "")
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let serviceCode: String? = row["view_service_code"]
            let serviceName: String? = row["view_service_name"]
            let residentName: String? = row["view_resident_name"]
            let residentReference: String? = row["view_resident_reference"]
            return ServiceUseView(
                use: try ServiceUse(row: row), serviceCode: serviceCode ?? "", serviceName: serviceName ?? "",
                residentName: residentName ?? "", residentReference: residentReference
            )
        }
    }

    static func view(id: Int64, _ db: Database) throws -> ServiceUseView {
        guard let view = try views(db, where: "service_use.id = ?", arguments: [id], order: "service_use.id", limit: 1).first else {
            throw noUse(id)
        }
        return view
    }
}
