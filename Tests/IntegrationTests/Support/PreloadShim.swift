import Foundation

/// Builds an LD_PRELOAD library from C source into a fresh temporary directory, for the shims
/// that make hubd see failing fsyncs or a shifted clock.
enum PreloadShim {
    /// Returns the directory; the library is `directory/name`.
    static func compile(_ source: String, as name: String) async throws -> String {
        let directory = NSTemporaryDirectory() + "bh-shim-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try source.write(toFile: directory + "/shim.c", atomically: true, encoding: .utf8)
        let compiled = await Command.run(
            URL(fileURLWithPath: "/usr/bin/cc"), ["-shared", "-fPIC", "-O1", "-o", directory + "/" + name, directory + "/shim.c", "-ldl"]
        )
        guard compiled.exit == 0 else { throw FsyncFailureShim.ShimError(description: "cc failed: \(compiled.stderr)") }
        return directory
    }
}
