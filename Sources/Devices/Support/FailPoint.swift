#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash injection for the payment crash tests (and hang injection for the watchdog's): when the environment variable
/// `BUURHUB_FAILPOINT` names a point, the process kills itself with SIGKILL the moment it
/// reaches that point, exactly as a power cut would stop it. Without the variable (every real
/// start) `reach` only compares a string.
public enum FailPoint {
    public static let variable = "BUURHUB_FAILPOINT"

    private static let armed: String? = {
        guard let raw = getenv(variable) else { return nil }
        let name = String(cString: raw)
        return name.isEmpty ? nil : name
    }()

    /// Hang injection for the watchdog tests: when the variable names `stall:` and then `point`
    /// and `device` joined by a colon, the calling thread stops here for good, as a driver
    /// stuck in a kernel call would. Without the variable it only checks for nil.
    public static func stall(_ point: String, device: String) {
        guard let armed, armed == "stall:\(point):\(device)" else { return }
        let note = "hubd: fail point \(armed) reached — this thread stops here (watchdog test)\n"
        _ = note.withCString { write(2, $0, strlen($0)) }
        while true { sleep(3600) }
    }

    public static func reach(_ name: String) {
        guard let armed, armed == name else { return }
        let note = "hubd: fail point \(name) reached — killing itself (crash test)\n"
        _ = note.withCString { write(2, $0, strlen($0)) }
        kill(getpid(), SIGKILL)
    }
}
