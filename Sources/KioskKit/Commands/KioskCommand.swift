import ArgumentParser
import Foundation

/// `kiosk`: the console with no subcommand, the staff command line with one.
public struct KioskCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "buurhub console and staff command line.",
        subcommands: [
            ConsoleCommand.self, FeedCommand.self, StatusCommand.self, MetricsCommand.self, DevicesCommand.self, ParcelsCommand.self, ParcelCommand.self,
            ManifestCommand.self, TodayCommand.self, ResidentsCommand.self, LoginCommand.self, LogoutCommand.self, StaffCommand.self,
            PassesCommand.self, ServicesCommand.self, RidesCommand.self, ReviewsCommand.self, CreditCommand.self, ReportCommand.self, InvoiceCommand.self,
            AuditCommand.self, BackupCommand.self, SimulateCommand.self, PayCommand.self, PaymentsCommand.self, StockCommand.self,
            DashboardCommand.self, SignalsCommand.self, VisitsCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )

    public init() {}

    /// Runs a command line, turning `KioskError` into one stderr line and its exit code.
    /// Global options may come before the subcommand or after it (`GlobalOptionOrder`).
    public static func runMain(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(GlobalOptionOrder.normalise(arguments))
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let error as KioskError {
            FileHandle.standardError.write(Data(("kiosk: " + TerminalText.block(error.description) + "\n").utf8))
            return error.exitCode
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((TerminalText.block(message) + "\n").utf8))
            }
            return code.rawValue
        }
    }
}
