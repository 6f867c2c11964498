import Foundation
@testable import HubConfig

/// Runs the loader on text and hands back the issues it reports, failing loudly if it accepts the text.
func issues(in text: String, file: String = "hubd.toml") -> [ConfigIssue] {
    do {
        _ = try ConfigLoader.parseWithWarnings(text: text, file: file, pathExists: { _ in true })
        return []
    } catch {
        return error.issues
    }
}

func warnings(in text: String, existing: Set<String> = []) throws -> [ConfigIssue] {
    try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { existing.contains($0) }).warnings
}

/// This thread's CPU time in seconds: "refused at once" measured so that other work on the
/// machine (CI under load) cannot fail it, while a quadratic parser still would.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
