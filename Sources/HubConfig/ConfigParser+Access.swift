import TOMLKit

extension ConfigParser {
    /// The `[access]` table: which users and groups get which role on the socket.
    mutating func parseAccess(_ table: TOMLTable?) -> AccessRules {
        var rules = AccessRules()
        guard let table else { return rules }
        var reader = reader(for: table, in: .table("access"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.accessKeys)
        rules.console = principals("console", &reader)
        rules.staff = principals("staff", &reader)
        rules.monitor = principals("monitor", &reader)
        rules.admin = principals("admin", &reader)
        absorb(reader)
        return rules
    }

    private func principals(_ key: String, _ reader: inout TableReader) -> [AccessRules.Principal] {
        guard let entries = reader.stringArray(key) else { return [] }
        var principals: [AccessRules.Principal] = []
        for entry in entries {
            guard let principal = AccessRules.Principal(entry) else {
                reader.report(.invalidValue, key: key, "'\(entry)' is not one of user:NAME, uid:N, group:NAME, gid:N — e.g. \"group:buurhub-staff\"")
                continue
            }
            principals.append(principal)
        }
        return principals
    }
}
