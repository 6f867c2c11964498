import Foundation
import Testing

/// The .deb from `scripts/package`, installed, upgraded, removed and purged in a real Debian 12
/// root by dpkg and its maintainer scripts. The hub's data must survive all but a purge that
/// asks for it.
@Suite(.serialized, .withBuiltPackage) struct PackageInstallTests {
    @Test func installSetsUpAccountsDirectoriesAndServices() async throws {
        let root = try await InstallRoot.unpack(try #require(BuiltPackage.rootTarball))
        defer { Task { await root.remove() } }
        let deb = try root.place(try #require(BuiltPackage.deb))
        let install = await root.run("dpkg -i \(deb)")
        try #require(install.exit == 0, "dpkg -i: \(install.stdout)\(install.stderr)")

        let facts = await root.run("""
            id -nG kiosk
            stat -c '%U:%G %a' /var/lib/hubd /etc/hubd/hubd.toml
            readlink /etc/systemd/system/multi-user.target.wants/hubd.service
            readlink /etc/systemd/system/multi-user.target.wants/kiosk.service
            /usr/bin/hubd check-config /etc/hubd/hubd.toml
            modprobe --showconfig | grep '^blacklist pn533' | sort
            ldd /usr/bin/hubd /usr/bin/kiosk
            """)
        try #require(facts.exit == 0, "\(facts.stderr)")
        let lines = facts.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].split(separator: " ").contains("hubd"), "kiosk reaches the socket as group hubd")
        #expect(lines[1] == "hubd:hubd 750")
        #expect(lines[2] == "root:hubd 640", "the config holds the terminal's password")
        #expect(lines[3] == "/lib/systemd/system/hubd.service")
        #expect(lines[4] == "/lib/systemd/system/kiosk.service")
        #expect(lines.contains { $0.hasPrefix("/etc/hubd/hubd.toml: ok") })
        #expect(lines.contains("blacklist pn533") && lines.contains("blacklist pn533_usb"))
        #expect(!facts.stdout.contains("not found"), "every library the binaries load is installed")
        #expect(!facts.stdout.contains("libswiftCore"), "the Swift runtime is inside the binaries")
    }

    @Test func dataSurvivesUpgradeRemoveAndPurgeWithoutTheFlag() async throws {
        let root = try await InstallRoot.unpack(try #require(BuiltPackage.rootTarball))
        defer { Task { await root.remove() } }
        let first = try root.place(try #require(BuiltPackage.deb))
        let second = try root.place(try #require(BuiltPackage.upgrade))
        try #require(await root.run("dpkg -i \(first)").exit == 0)
        try await root.configureHub(name: "Keizerslanden")
        let status = try await root.hubStatus()
        #expect(status.contains("Keizerslanden"), "the installed hubd runs on the edited config")
        let data = try await root.dataDigests()
        #expect(data.contains("./hub.sqlite"), "\(data)")

        let upgrade = await root.run("dpkg -i \(second) && dpkg-query -W -f '${Version}' buurhub")
        try #require(upgrade.exit == 0, "\(upgrade.stderr)")
        #expect(upgrade.stdout.hasSuffix("+upgrade"), "now at \(upgrade.stdout)")
        #expect(try await root.dataDigests() == data, "an upgrade leaves every byte of the data")
        #expect(await root.run("grep -q Keizerslanden /etc/hubd/hubd.toml").exit == 0, "the edited config is kept")

        try #require(await root.run("dpkg -r buurhub").exit == 0)
        #expect(!root.exists("/usr/bin/hubd"))
        #expect(try await root.dataDigests() == data, "remove keeps the data")
        #expect(root.exists("/etc/hubd/hubd.toml"), "remove keeps the config")

        let purge = await root.run("dpkg -P buurhub")
        try #require(purge.exit == 0, "\(purge.stderr)")
        #expect(purge.stderr.contains("BUURHUB_PURGE_DATA=yes"), "purge says how to delete the data")
        #expect(try await root.dataDigests() == data, "purge without the flag keeps the data")
        #expect(!root.exists("/etc/hubd/hubd.toml"))

        try #require(await root.run("dpkg -i \(second)").exit == 0)
        let again = try await root.hubStatus()
        #expect(again.contains("\"database_bytes\""), "a reinstalled hubd opens the kept database: \(again)")
        #expect(again.contains("Colmschate"), "after a purge the config starts again from the example")
    }

    @Test func purgeWithTheFlagDeletesTheData() async throws {
        let root = try await InstallRoot.unpack(try #require(BuiltPackage.rootTarball))
        defer { Task { await root.remove() } }
        let deb = try root.place(try #require(BuiltPackage.deb))
        try #require(await root.run("dpkg -i \(deb)").exit == 0)
        _ = try await root.hubStatus()
        #expect(root.exists("/var/lib/hubd/hub.sqlite"))
        let purge = await root.run("dpkg -P buurhub", environment: ["BUURHUB_PURGE_DATA": "yes"])
        try #require(purge.exit == 0, "\(purge.stderr)")
        #expect(!root.exists("/var/lib/hubd"))
        #expect(await root.run("getent passwd hubd").exit == 0, "Debian keeps system accounts")
    }

    @Test func lintianFindsNoErrors() async throws {
        let deb = try #require(BuiltPackage.deb)
        let lintian = await CleanSpawn.run(
            "/usr/bin/lintian", ["--fail-on", "error", "--allow-root", "--tag-display-limit", "0", deb],
            environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"])
        #expect(lintian.exit == 0, "lintian: \(lintian.stdout)\(lintian.stderr)")
        #expect(!lintian.stdout.contains("E: "), "\(lintian.stdout)")
    }
}

extension InstallRoot {
    /// Runs `commands` against the installed hubd, started as user hubd the way the unit does.
    func withHub(_ commands: String) async throws -> CommandResult {
        let result = await run("""
            install -d -o hubd -g hubd -m 0750 /run/hubd
            runuser -u hubd -- /usr/bin/hubd --config /etc/hubd/hubd.toml > /var/tmp/hubd.log 2>&1 &
            hub=$!
            tries=0
            until [ -S /run/hubd/hubd.sock ]; do
                tries=$((tries + 1)); [ "$tries" -lt 600 ] || { cat /var/tmp/hubd.log >&2; exit 1; }
                kill -0 "$hub" || { cat /var/tmp/hubd.log >&2; exit 1; }
                sleep 0.1
            done
            status=0
            ( \(commands) ) || status=$?
            kill -TERM "$hub"; wait "$hub" || true
            exit "$status"
            """)
        try #require(result.exit == 0, "against the installed hubd: \(result.stderr)")
        return result
    }

    /// `kiosk status --json` from root (always admin) against the installed hubd.
    func hubStatus() async throws -> String {
        try await withHub("kiosk status --json --socket /run/hubd/hubd.sock").stdout
    }

    /// A digest of every file in the data directory, taken while hubd is stopped.
    func dataDigests() async throws -> String {
        let result = await run("cd /var/lib/hubd && find . -type f -print0 | sort -z | xargs -0 sha256sum")
        try #require(result.exit == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Edits the installed config the way an administrator would, so an upgrade must keep it.
    func configureHub(name: String) async throws {
        let edit = await run("sed -i 's/^name = \"Colmschate\"/name = \"\(name)\"/' /etc/hubd/hubd.toml && grep -q \(name) /etc/hubd/hubd.toml")
        try #require(edit.exit == 0, "\(edit.stderr)")
    }
}
