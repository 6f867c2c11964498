import Inventory
import TOMLKit

extension ConfigParser {
    /// The `[kiosk]` table: timings of the resident console and the guard on service prices.
    mutating func parseKiosk(_ table: TOMLTable?) -> KioskRules {
        var rules = KioskRules()
        guard let table else { return rules }
        var reader = reader(for: table, in: .table("kiosk"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.kioskKeys)
        if let seconds = reader.positiveInt("idle_seconds") { rules.idleSeconds = seconds }
        if let seconds = reader.positiveInt("double_tap_seconds") { rules.doubleTapSeconds = Double(seconds) }
        if let minutes = reader.positiveInt("staff_idle_minutes") { rules.staffIdleSeconds = Double(minutes) * 60 }
        if let rounds = reader.positiveInt("pin_kdf_rounds") {
            if rounds >= 1024, rounds <= 1 << 20, rounds & (rounds - 1) == 0 {
                rules.pinRounds = rounds
            } else {
                reader.report(.invalidValue, key: "pin_kdf_rounds", "must be a power of two from 1024 to 1048576 (default 32768), found \(rounds)")
            }
        }
        if let (hour, minute) = Self.clockTime("day_end", like: "22:00", in: &reader) {
            rules.dayEndHour = hour
            rules.dayEndMinute = minute
        }
        if let price = reader.nonEmptyString("max_price") {
            do {
                rules.defaultMaxPrice = try Cents.parse(price)
            } catch let error as InventoryError {
                reader.report(.invalidValue, key: "max_price", error.text.en)
            } catch {}
        }
        absorb(reader)
        return rules
    }

    /// The `[payments]` table: the guard on a single card payment.
    mutating func parsePayments(_ table: TOMLTable?) -> PaymentRules {
        var rules = PaymentRules()
        guard let table else { return rules }
        var reader = reader(for: table, in: .table("payments"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.paymentKeys)
        if let amount = reader.nonEmptyString("max_amount") {
            do {
                let cents = try Cents.parse(amount)
                if cents > .zero {
                    rules.maxAmount = cents
                } else {
                    reader.report(.invalidValue, key: "max_amount", "must be more than 0,00, e.g. \"100,00\"")
                }
            } catch let error as InventoryError {
                reader.report(.invalidValue, key: "max_amount", error.text.en)
            } catch {}
        }
        absorb(reader)
        return rules
    }

    /// The `[backup]` table: the directory (a USB stick, say), how many to keep, and when.
    mutating func parseBackup(_ table: TOMLTable?) -> BackupPolicy {
        var policy = BackupPolicy()
        guard let table else { return policy }
        var reader = reader(for: table, in: .table("backup"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.backupKeys)
        if let directory = reader.nonEmptyString("directory") {
            if directory.hasPrefix("/") {
                policy.directory = directory
            } else {
                reader.report(.invalidValue, key: "directory", "must be an absolute path like \"/media/backup/buurhub\", found \"\(directory)\"")
            }
        }
        if let keep = reader.positiveInt("keep") { policy.keep = keep }
        if let recipient = reader.nonEmptyString("recipient") {
            if HubBackups.isRecipient(recipient) {
                policy.recipient = recipient
            } else {
                reader.report(.invalidValue, key: "recipient", "must be the public key `hubd backup-key FILE` prints (base64, 32 bytes), found \"\(recipient.prefix(60))\"")
            }
        }
        if let (hour, minute) = Self.clockTime("at", like: "03:00", in: &reader) {
            policy.hour = hour
            policy.minute = minute
        }
        absorb(reader)
        return policy
    }

    /// The `[retention]` table: days per kind of record (0: at the next purge) and when the purge runs.
    mutating func parseRetention(_ table: TOMLTable?) -> RetentionPolicy {
        var policy = RetentionPolicy()
        guard let table else { return policy }
        var reader = reader(for: table, in: .table("retention"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.retentionKeys)
        let days: [(String, WritableKeyPath<RetentionPolicy, Int>)] = [
            ("manifest_days", \.manifestDays), ("parcel_days", \.parcelDays), ("loan_days", \.loanDays),
            ("inactive_resident_days", \.inactiveResidentDays), ("payment_detail_days", \.paymentDetailDays),
        ]
        for (key, path) in days {
            if let value = reader.nonNegativeInt(key) { policy[keyPath: path] = value }
        }
        if let (hour, minute) = Self.clockTime("at", like: "02:30", in: &reader) {
            policy.hour = hour
            policy.minute = minute
        }
        absorb(reader)
        return policy
    }

    /// The `[reports]` table: the van estimate's kilometres per day and CO₂ per kilometre, and
    /// which supplier's parcels are Vegro's.
    mutating func parseReports(_ table: TOMLTable?) -> PeriodReport.VanFactors {
        var factors = PeriodReport.VanFactors()
        guard let table else { return factors }
        var reader = reader(for: table, in: .table("reports"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.reportsKeys)
        if let kilometres = reader.positiveInt("van_km_per_day") { factors.kilometresPerDay = kilometres }
        if let grams = reader.positiveInt("co2_grams_per_km") { factors.gramsCO2PerKilometre = grams }
        if let supplier = reader.nonEmptyString("vegro_supplier") { factors.vegroSupplier = supplier }
        absorb(reader)
        return factors
    }

    /// The time of day under `key`, or nil with an error that shows the form (`example`).
    static func clockTime(_ key: String, like example: String, in reader: inout TableReader) -> (Int, Int)? {
        guard let text = reader.nonEmptyString(key) else { return nil }
        guard let time = clockTime(text) else {
            reader.report(.invalidValue, key: key, "must be a time of day like \"\(example)\", found \"\(text)\"")
            return nil
        }
        return time
    }

    static func clockTime(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return (hour, minute)
    }
}

extension ConfigParser {
    /// The `[dashboard]` table: where the staff dashboard listens, and its certificate for HTTPS.
    mutating func parseDashboard(_ table: TOMLTable?) -> DashboardSettings {
        var settings = DashboardSettings()
        guard let table else { return settings }
        var reader = reader(for: table, in: .table("dashboard"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.dashboardKeys)
        if let listen = reader.nonEmptyString("listen") {
            if let (host, port) = DashboardSettings.address(listen) {
                settings.host = host
                settings.port = port
            } else {
                reader.report(.invalidValue, key: "listen", "must be an address and port like \"192.168.1.20:8080\" or \"[::1]:8080\", found \"\(listen.prefix(60))\"")
            }
        }
        for key in ["tls_cert", "tls_key"] {
            guard let path = reader.nonEmptyString(key) else { continue }
            if pathExists(path) {
                if key == "tls_cert" { settings.certificate = path } else { settings.key = path }
            } else {
                reader.report(.invalidValue, key: key, "no file at \(path) — give the PEM file's absolute path, or leave both tls_cert and tls_key out for plain HTTP")
            }
        }
        if (settings.certificate == nil) != (settings.key == nil), table["tls_cert"] != nil || table["tls_key"] != nil {
            reader.report(.invalidValue, key: settings.certificate == nil ? "tls_cert" : "tls_key", "HTTPS needs both tls_cert and tls_key; give both, or neither for plain HTTP")
        }
        absorb(reader)
        return settings
    }
}

extension ConfigParser {
    /// The `[central]` table (issue 17). With `url`, `hub_id` and `password_file` all needed;
    /// without `url` the table is ignored but still checked, so a typo is not silently off.
    mutating func parseCentral(_ table: TOMLTable?) -> CentralSettings {
        var settings = CentralSettings()
        guard let table else { return settings }
        var reader = reader(for: table, in: .table("central"))
        reader.rejectUnknownKeys(known: ConfigVocabulary.centralKeys)
        if let url = reader.nonEmptyString("url") {
            if (url.hasPrefix("postgresql://") || url.hasPrefix("postgres://")), !url.contains(" "), url.count <= 300 {
                settings.url = url
            } else {
                reader.report(.invalidValue, key: "url", "must look like \"postgresql://hub_colmschate@central.example.nl:5432/buurhub\" (hubcentral hub add prints it), found \"\(url.prefix(60))\"")
            }
        }
        settings.hubID = reader.nonEmptyString("hub_id")
        for key in ["password_file", "ca_file"] {
            guard let path = reader.nonEmptyString(key) else { continue }
            if pathExists(path) {
                if key == "password_file" { settings.passwordFile = path } else { settings.caFile = path }
            } else {
                reader.report(.invalidValue, key: key, "no file at \(path) — give its absolute path (hubcentral hub add says what goes in it)")
            }
        }
        if let size = reader.positiveInt("batch_size") {
            if size <= 5000 { settings.batchSize = size } else { reader.report(.invalidValue, key: "batch_size", "must be at most 5000, found \(size)") }
        }
        if let days = reader.positiveInt("keep_uploaded_days") { settings.keepUploadedDays = days }
        if let seconds = reader.number("poll_seconds") {
            if (0.1...3600).contains(seconds) { settings.pollSeconds = seconds } else { reader.report(.invalidValue, key: "poll_seconds", "must be between 0.1 and 3600, found \(seconds)") }
        }
        if let shares = reader.stringArray("share") {
            for share in shares where !ConfigVocabulary.centralShares.contains(share) {
                reader.report(.invalidValue, key: "share", "\"\(share.prefix(40))\" cannot be shared; the one choice is \"address-pseudonyms\" (unique addresses at central, never an address)")
            }
            settings.shareAddressPseudonyms = shares.contains("address-pseudonyms")
        }
        if settings.url != nil {
            reader.requireKey("hub_id", hint: " — the name given to `hubcentral hub add`")
            reader.requireKey("password_file", hint: " — a file holding the password `hubcentral hub add` printed")
        }
        absorb(reader)
        return settings
    }
}
