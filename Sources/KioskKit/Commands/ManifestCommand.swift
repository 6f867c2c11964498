import ArgumentParser
import Foundation
import HubAPI

struct ManifestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifest", abstract: "Supplier manifests: announced parcels.", subcommands: [Import.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Load a manifest (CSV or JSON: barcode, resident).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The manifest file.") var file: String
        @Option(help: "Supplier id for rows that name none.") var supplier: String?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let p = global.printer
            let content: String
            do {
                content = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw KioskError(.io, p.text("kan \(file) niet lezen — controleer de naam en of het UTF-8 tekst is",
                                             "cannot read \(file) — check the name and that it is UTF-8 text"))
            }
            let request = ManifestImportRequest(fileName: (file as NSString).lastPathComponent, content: content, supplier: supplier)
            let result: ManifestImportResult = try await global.client().send(.POST, APIRoute.manifests, body: request)
            if json { return try p.json(result) }
            p.say("\(result.loaded) pakketten aangekondigd, \(result.alreadyKnown) waren al bekend, \(result.assignedNow) direct toegewezen",
                  "\(result.loaded) parcels announced, \(result.alreadyKnown) already known, \(result.assignedNow) assigned at once")
            for error in result.errors {
                p.warn("\(file):\(error.line): \(error.message.nl)", "\(file):\(error.line): \(error.message.en)")
            }
            if !result.errors.isEmpty {
                p.warn("\(result.errors.count) regel(s) niet geladen — verbeter ze en importeer opnieuw; de goede regels staan erin",
                       "\(result.errors.count) line(s) not loaded — fix them and import again; the good lines are in")
                throw ExitCode(65)
            }
        }
    }
}
