import ArgumentParser
import HubAPI

struct TodayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "today", abstract: "The day's delivery list per address; --csv for the route planner.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Day as YYYY-MM-DD (default: today).") var date: String?
    @Flag(help: "Stop list as CSV: name, street, number, postcode, town, parcel count, remarks.") var csv = false
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let list: DayList = try await global.client().get(APIRoute.today, query: ["date": date])
        let p = global.printer
        if json { return try p.json(list) }
        if csv {
            Printer.document(try StopListCSV.render(list, language: global.language))
        } else {
            printList(list, p)
        }
        if !list.unassigned.isEmpty {
            p.warn("let op: \(list.unassigned.count) pakket(ten) nog niet toegewezen — `kiosk parcels --status unassigned`, dan `kiosk parcel assign`",
                   "note: \(list.unassigned.count) parcel(s) not assigned yet — `kiosk parcels --status unassigned`, then `kiosk parcel assign`")
        }
    }

    private func printList(_ list: DayList, _ p: Printer) {
        p.say("Ronde \(list.day): \(list.stops.count) adressen", "Round \(list.day): \(list.stops.count) addresses")
        for stop in list.stops {
            Printer.line()
            Printer.line("\(stop.address.street) \(stop.address.houseNumber), \(stop.address.postcode) \(stop.address.town) — \(stop.residentNames.joined(separator: " / "))")
            for parcel in stop.parcels {
                let outcome = parcel.outcome.map { " [\($0.label(global.language))]" } ?? ""
                Printer.line("   \(parcel.barcode)  \(p.supplier(parcel))\(outcome)")
            }
            for remark in stop.remarks { Printer.line("   * \(remark(global.language))") }
        }
        if !list.unassigned.isEmpty {
            Printer.line()
            p.say("Nog niet toegewezen:", "Not assigned yet:")
        }
        for parcel in list.unassigned {
            p.say("   ? \(parcel.barcode) (\(p.supplier(parcel))) — wijs toe met `kiosk parcel assign \(parcel.barcode) BEWONER`",
                  "   ? \(parcel.barcode) (\(p.supplier(parcel))) — assign with `kiosk parcel assign \(parcel.barcode) RESIDENT`")
        }
    }
}
