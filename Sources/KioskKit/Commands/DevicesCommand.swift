import ArgumentParser
import HubAPI

struct DevicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices", abstract: "Attached USB devices and which configured device each one is."
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let matches: [USBDeviceMatch] = try await global.client().get(APIRoute.devices)
        let p = global.printer
        if json { return try p.json(matches) }
        guard !matches.isEmpty else {
            return p.say("geen USB-apparaten gevonden — zit de stekker erin? (`kiosk status` toont wat hubd verwacht)",
                         "no USB devices found — are they plugged in? (`kiosk status` shows what hubd expects)")
        }
        let rows = matches.map { m in
            let d = m.device
            return ["\(d.vid):\(d.pid)", d.manufacturer ?? "-", d.product ?? "-", d.serial ?? "-", d.portPath,
                    d.deviceNodes.joined(separator: " "), m.configured.isEmpty ? "-" : m.configured.joined(separator: ", ")]
        }
        Printer.line(TextTable.render(
            ["VID:PID", p.text("maker", "maker"), p.text("product", "product"), p.text("serienummer", "serial"),
             p.text("poort", "port"), p.text("apparaten", "nodes"), p.text("ingesteld als", "configured as")],
            rows
        ))
    }
}
