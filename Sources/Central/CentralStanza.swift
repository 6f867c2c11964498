import Foundation

/// The words `hubcentral` prints for people.
public enum CentralStanza {
    /// What goes into the new hub's hubd.toml, and the password file it names.
    public static func text(for hub: CentralAdmin.NewHub, host: String, port: Int, database: String) -> String {
        """
        # Hub '\(hub.id)' has role \(hub.role). Put the password in a file only hubd can read:
        #   install -m 600 -o hubd /dev/stdin /etc/buurhub/central-password <<< '\(hub.password)'
        # and add to /etc/buurhub/hubd.toml:
        [central]
        url = "postgresql://\(hub.role)@\(host):\(port)/\(database)"
        hub_id = "\(hub.id)"
        password_file = "/etc/buurhub/central-password"
        ca_file = "/etc/buurhub/central-ca.pem"
        """
    }

    public static func table(_ hubs: [CentralAdmin.HubSummary], now: Date) -> String {
        guard !hubs.isEmpty else { return "no hubs yet — add one with `hubcentral hub add NAME`" }
        var lines = ["hub                  last contact          backlog  events  epochs (first..last)"]
        for hub in hubs {
            let contact = hub.lastContact.map { ago($0, now: now) } ?? "never"
            let backlog = hub.backlog.map(String.init) ?? "-"
            let epochs = hub.epochs.map { "\($0.epoch.prefix(8)) \($0.firstSeq)..\($0.lastSeq)" }.joined(separator: ", ")
            lines.append(pad(hub.id, 20) + " " + pad(contact, 21) + " " + pad(backlog, 8, left: true) + " " + pad(String(hub.events), 7, left: true) + "  " + epochs)
        }
        return lines.joined(separator: "\n")
    }

    static func ago(_ date: Date, now: Date) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "\(max(0, seconds)) s ago"
        case ..<3600: return "\(seconds / 60) min ago"
        case ..<86_400: return "\(seconds / 3600) h ago"
        default: return "\(seconds / 86_400) days ago"
        }
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let cut = String(text.prefix(width))
        let fill = String(repeating: " ", count: width - cut.count)
        return left ? fill + cut : cut + fill
    }
}
