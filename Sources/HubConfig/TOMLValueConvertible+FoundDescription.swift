import TOMLKit

extension TOMLValueConvertible {
    /// Shows the offending value next to its type, because "found string "9600"" explains a wrong-type
    /// error faster than the type name alone.
    var foundDescription: String {
        switch type {
        case .string: "string \"\(string ?? "")\""
        case .int: "integer \(int.map(String.init) ?? "")"
        case .double: "floating-point number \(double.map { String($0) } ?? "")"
        case .bool: "boolean \(bool.map { String($0) } ?? "")"
        case .array: "an array"
        case .table: "a table"
        case .date, .time, .dateTime: type.description
        }
    }
}
