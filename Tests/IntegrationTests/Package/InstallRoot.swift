import Foundation
import Testing

/// A fresh Debian 12 root, unpacked from the tarball `scripts/package-root` keeps, in which the
/// package tests install buurhub as a Pi would. Each command runs chrooted in its own mount
/// namespace with /proc, /dev and an empty /run mounted, so nothing outlives the command and no
/// systemd seems to be running: the maintainer scripts take their chroot path, as on an image
/// being prepared.
struct InstallRoot {
    let path: String

    static func unpack(_ tarball: String) async throws -> InstallRoot {
        let path = "/var/tmp/bh-root-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let untar = await CleanSpawn.run("/bin/tar", ["-C", path, "-xf", tarball], environment: [:])
        try #require(untar.exit == 0, "tar -xf \(tarball): \(untar.stderr)")
        return InstallRoot(path: path)
    }

    /// Runs `script` with `sh -e` inside the root, as root.
    func run(_ script: String, environment: [String: String] = [:]) async -> CommandResult {
        let enter = """
            root=$1; shift
            mount -t proc proc "$root/proc"
            mount --rbind /dev "$root/dev"
            mount -t tmpfs -o mode=0755 tmpfs "$root/run"
            exec chroot "$root" /bin/sh -ec "$1"
            """
        var variables = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive"]
        variables.merge(environment) { $1 }
        return await CleanSpawn.run(
            "/usr/bin/unshare", ["--mount", "--propagation", "private", "--", "/bin/sh", "-ec", enter, "enter", path, script],
            environment: variables)
    }

    /// Copies a file from the build machine into the root's /var/tmp and returns its path there.
    func place(_ file: String) throws -> String {
        let inside = "/var/tmp/" + URL(fileURLWithPath: file).lastPathComponent
        if FileManager.default.fileExists(atPath: path + inside) { try FileManager.default.removeItem(atPath: path + inside) }
        try FileManager.default.copyItem(atPath: file, toPath: path + inside)
        return inside
    }

    func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: path + file) }

    func remove() async {
        _ = await CleanSpawn.run("/bin/rm", ["-rf", "--one-file-system", path], environment: [:])
    }
}

/// What `scripts/test` hands the package tests: the package built twice (a version and its
/// upgrade) and the Debian root to install them into.
enum BuiltPackage {
    static var deb: String? { ProcessInfo.processInfo.environment["BUURHUB_PACKAGE_DEB"] }
    static var upgrade: String? { ProcessInfo.processInfo.environment["BUURHUB_PACKAGE_UPGRADE_DEB"] }
    static var rootTarball: String? { ProcessInfo.processInfo.environment["BUURHUB_PACKAGE_ROOT"] }
    static var isAvailable: Bool { deb != nil && upgrade != nil && rootTarball != nil }
}

extension Trait where Self == ConditionTrait {
    static var withBuiltPackage: Self {
        .enabled(if: BuiltPackage.isAvailable, "needs a built package: scripts/test builds one, or run scripts/package-test")
    }
}
