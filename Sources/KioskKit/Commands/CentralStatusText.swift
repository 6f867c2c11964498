import HubAPI

/// The central line of `kiosk status`: what waits, when it last went, and what stops it.
enum CentralStatusText {
    static func print(_ central: CentralSyncStatus, _ p: Printer) {
        let last = central.lastUploadAt.map { p.time($0) }
        let state = stateText(central, p)
        p.say("centraal (\(central.hubId)): \(central.waiting) wachtend, laatst verstuurd \(last ?? "nog nooit"), \(state.nl)",
              "central (\(central.hubId)): \(central.waiting) waiting, last sent \(last ?? "never"), \(state.en)")
        if let oldest = central.oldestWaiting, central.waiting > 0 {
            p.say("  oudste wachtende gebeurtenis: \(oldest) UTC", "  oldest waiting event: \(oldest) UTC")
        }
        if let error = central.lastError, let at = central.lastErrorAt {
            p.say("  laatste fout om \(p.time(at)): \(error)", "  last error at \(p.time(at)): \(error)")
        }
        let applied = central.referenceAppliedAt.map { p.time($0) }
        p.say("  referentiegegevens: versie \(central.referenceVersion)\(applied.map { ", bijgewerkt \($0)" } ?? "")",
              "  reference data: version \(central.referenceVersion)\(applied.map { ", applied \($0)" } ?? "")")
        if let error = central.referenceError {
            p.say("  LET OP: referentiegegevens niet overgenomen: \(error)", "  WARNING: reference data not applied: \(error)")
        }
    }

    private static func stateText(_ central: CentralSyncStatus, _ p: Printer) -> (nl: String, en: String) {
        switch central.state {
        case .idle where central.waiting > 0: return ("gaat zo mee", "sending shortly")
        case .idle: return ("bij", "up to date")
        case .uploading: return ("bezig met versturen", "sending")
        case .retrying:
            let at = central.retryAt.map { p.time($0) } ?? "?"
            return ("niet bereikbaar, opnieuw om \(at)", "unreachable, trying again at \(at)")
        case .tooOld: return ("LET OP: centraal leest deze versie niet meer — werk hubd bij; alles blijft bewaard",
                              "WARNING: central no longer reads this version — update hubd; everything stays queued")
        case .stopped: return ("LET OP: gestopt — zie de fout hieronder, en herstart hubd als de oorzaak is opgelost",
                               "WARNING: stopped — see the error below, and restart hubd once the cause is settled")
        }
    }
}
