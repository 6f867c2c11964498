import Foundation
import HubAPI

/// Where a command's answer goes: people get text in their language, scripts get one JSON document.
struct Printer: Sendable {
    let language: Language

    func text(_ nl: String, _ en: String) -> String {
        language == .nl ? nl : en
    }

    func say(_ nl: String, _ en: String) {
        Self.line(text(nl, en))
    }

    /// Every line of text for people goes out here, through `TerminalText`, since it carries
    /// names and codes from hubd.
    static func line(_ text: String = "") {
        print(TerminalText.block(text))
    }

    /// A file-shaped answer (CSV, an order slip): byte for byte into a pipe or file, and made
    /// safe like any other text when it lands on a terminal.
    static func document(_ text: String) {
        write(Data((isatty(STDOUT_FILENO) == 1 ? TerminalText.block(text) : text).utf8))
    }

    func json(_ value: some Encodable) throws {
        let data = try HubJSON.encoder(pretty: true).encode(value)
        Self.write(data + Data("\n".utf8))
    }

    /// A reader that went away (`| head`, `| grep -q`) ends the output quietly instead of
    /// crashing on the broken pipe.
    static func write(_ data: Data) {
        try? FileHandle.standardOutput.write(contentsOf: data)
    }

    func warn(_ nl: String, _ en: String) {
        FileHandle.standardError.write(Data((TerminalText.block(text(nl, en)) + "\n").utf8))
    }

    /// Parcels no supplier pattern matched show as "unknown" in the reader's language.
    func supplier(_ parcel: ParcelView) -> String {
        parcel.supplierId == ParcelView.unknownSupplierID ? text("onbekende leverancier", "unknown supplier") : parcel.supplierName
    }

    func time(_ date: Date?) -> String {
        guard let date else { return "" }
        return HubCalendarText.clockTime(date)
    }
}
