import Central
import Foundation
import HubConfig
import Inventory
import Logging

/// The sync with central as hubd runs it: the uploader's parts, or why there is none.
struct CentralSetup: Sendable {
    let hubID: String
    let sync: CentralSync?
    let state: CentralSyncState
    let poll: Duration

    /// Nil when `[central]` is off. Settings that cannot work (an unreadable password file, a bad
    /// URL) give a setup without a sync, whose state says why, so `kiosk status` shows it
    /// instead of hubd refusing to start: the hub works on its own either way.
    static func make(_ settings: CentralSettings, outbox: OutboxStore, reference: ReferenceStore, calendar: HubCalendar, logger: Logger) -> CentralSetup? {
        guard let url = settings.url else { return nil }
        let hubID = settings.hubID ?? "?"
        let poll = Duration.milliseconds(Int(settings.pollSeconds * 1000))
        switch endpoint(url: url, settings: settings) {
        case .failure(let problem):
            logger.error("central sync off: \(problem.message)")
            return CentralSetup(hubID: hubID, sync: nil, state: CentralSyncState(stoppedBy: problem, at: calendar.now()), poll: poll)
        case .success(let endpoint):
            let state = CentralSyncState()
            let sync = CentralSync(
                outbox: outbox, reference: ReferencePull(store: reference, state: state, calendar: calendar, logger: logger),
                link: CentralLink(endpoint: endpoint, logger: logger), batchSize: settings.batchSize,
                keepUploaded: TimeInterval(settings.keepUploadedDays) * 86_400, calendar: calendar, state: state, logger: logger
            )
            return CentralSetup(hubID: hubID, sync: sync, state: state, poll: poll)
        }
    }

    private static func endpoint(url: String, settings: CentralSettings) -> Result<CentralEndpoint, CentralError> {
        guard let file = settings.passwordFile,
              let password = try? String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
              !password.isEmpty
        else {
            return .failure(CentralError(.badSettings, "cannot read the password in \(settings.passwordFile ?? "[central] password_file") — hubd must be able to read it (mode 0600, owner hubd)"))
        }
        return CentralEndpoint.parse(url: url, password: password, caFile: settings.caFile)
    }
}
