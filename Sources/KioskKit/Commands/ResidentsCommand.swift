import ArgumentParser
import Foundation
import HubAPI

struct ResidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "residents", abstract: "Residents: name, address, phone, remarks.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Timeline.self, Quiet.self, Proxies.self, Export.self, Erase.self, Purge.self]
    )

    struct Fields: ParsableArguments {
        @Option(help: "Reference suppliers use on manifests, e.g. a client number.") var reference: String?
        @Option(help: "Full name.") var name: String?
        @Option(help: "Street.") var street: String?
        @Option(help: "House number, e.g. 12a.") var number: String?
        @Option(help: "Postcode, e.g. 7423 AB.") var postcode: String?
        @Option(help: "Town.") var town: String?
        @Option(help: "Phone number.") var phone: String?
        @Option(help: "Remarks for the round, e.g. 'ring twice'.") var remarks: String?

        var fields: ResidentFields {
            ResidentFields(reference: reference, name: name, street: street, houseNumber: number, postcode: postcode,
                           town: town, phone: phone, remarks: remarks)
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a resident.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: Fields
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let resident: Resident = try await global.client().send(.POST, APIRoute.residents, body: fields.fields)
            if json { return try global.printer.json(resident) }
            global.printer.say("bewoner \(resident.id ?? 0) toegevoegd: \(resident.name)", "resident \(resident.id ?? 0) added: \(resident.name)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List residents.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let residents: [Resident] = try await global.client().get(APIRoute.residents)
            let p = global.printer
            if json { return try p.json(residents) }
            let rows = residents.map { r in [String(r.id ?? 0), r.reference ?? "", r.name, r.address.singleLine, r.phone ?? ""] }
            Printer.line(TextTable.render(["nr", p.text("referentie", "reference"), p.text("naam", "name"), p.text("adres", "address"), p.text("telefoon", "phone")], rows))
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one resident.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Reference or number.") var resident: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let r: Resident = try await global.client().get(APIRoute.residents + "/" + Self.escaped(resident))
            let p = global.printer
            if json { return try p.json(r) }
            Printer.line("\(r.name) (\(p.text("nr", "no.")) \(r.id ?? 0)\(r.reference.map { ", ref \($0)" } ?? ""))")
            Printer.line("  \(r.address.singleLine)")
            if let phone = r.phone { Printer.line("  \(p.text("telefoon", "phone")): \(phone)") }
            if let remarks = r.remarks { Printer.line("  \(p.text("opmerkingen", "remarks")): \(remarks)") }
        }

        static func escaped(_ key: String) -> String {
            key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "/"))) ?? key
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a resident's fields; an empty value clears phone, remarks or reference.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Reference or number.") var resident: String
        @OptionGroup var fields: Fields
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let r: Resident = try await global.client().send(.PATCH, APIRoute.residents + "/" + Show.escaped(resident), body: fields.fields)
            if json { return try global.printer.json(r) }
            global.printer.say("bewoner \(r.id ?? 0) bijgewerkt: \(r.name)", "resident \(r.id ?? 0) updated: \(r.name)")
        }
    }
}
