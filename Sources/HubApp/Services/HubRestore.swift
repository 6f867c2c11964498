import Foundation
import HubConfig
import Inventory

/// `hubd restore FILE`: only into a stopped hub (it takes the data directory's lock, as hubd
/// does), and only a backup that belongs to the hub key it will run with.
public enum HubRestore {
    public static func run(backup: String, configuration: Configuration, key: String?, identity: String? = nil) throws -> String {
        let directory = configuration.hub.dataDirectory
        DataDirectoryMode.restrictNewFiles()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        try DataDirectoryMode.check(directory)
        let lock = try DataDirectoryLock(directory: directory)
        let report = try BackupRestore(dataDirectory: directory, keyFile: configuration.hub.keyFile)
            .restore(backup, suppliedKey: key, identity: identity, now: Date())
        withExtendedLifetime(lock) {}
        var lines = ["restored \(backup) into \(directory)/hub.sqlite (hub \(report.hubID))"]
        if report.installedKey { lines.append("installed the hub key from \(key ?? "")") }
        if report.erasuresApplied > 0 { lines.append("applied \(report.erasuresApplied) erasure(s) made after this backup (\(ErasureList.name))") }
        lines += report.keptAside.map { "kept the previous \($0) in \(directory)" }
        lines.append("start hubd again: systemctl start hubd")
        return lines.joined(separator: "\n")
    }

    /// `hubd backup-key FILE`: the key pair for encrypted backups.
    public static func backupKey(privateKeyFile path: String) throws -> String {
        try BackupKeyPair.generate(privateKeyFile: path)
    }
}
