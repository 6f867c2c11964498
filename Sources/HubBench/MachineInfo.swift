import Foundation

/// What the figures were measured on, read from /proc and statfs so the report carries it.
struct MachineInfo: Sendable, Codable, Equatable {
    let processors: Int
    let cpuModel: String
    let filesystem: String

    init(directory: String) {
        processors = ProcessInfo.processInfo.activeProcessorCount
        cpuModel = Self.cpuModel()
        filesystem = Self.filesystem(of: directory)
    }

    /// x86 has "model name"; Raspberry Pi OS on arm64 has only "Model" (the board) and "CPU part".
    static func cpuModel() -> String {
        let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        for key in ["model name", "Model", "Hardware", "CPU part"] {
            if let value = field(key, in: text) { return value }
        }
        return "unknown"
    }

    /// Peak resident set size so far (VmHWM), in KiB; nil where /proc is missing.
    static func peakResidentKiB() -> Int? {
        let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return field("VmHWM", in: text)?.split(separator: " ").first.flatMap { Int($0) }
    }

    static func field(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == key else { continue }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The filesystem holding `directory`, from the longest matching mount point in
    /// /proc/self/mountinfo, e.g. "ext4 on /dev/mmcblk0p2". tmpfs matters: fdatasync there is a no-op.
    static func filesystem(of directory: String) -> String {
        let path = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let text = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        var best: (mountPoint: String, description: String)?
        for line in text.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let fields = halves[0].split(separator: " ")
            guard halves.count == 2, fields.count >= 5 else { continue }
            let mountPoint = String(fields[4])
            let covers = mountPoint == "/" || path == mountPoint || path.hasPrefix(mountPoint + "/")
            guard covers, mountPoint.count >= (best?.mountPoint.count ?? 0) else { continue }
            let tail = halves[1].split(separator: " ")
            let type = tail.first.map(String.init) ?? "unknown"
            let source = tail.count > 1 ? " on \(tail[1])" : ""
            best = (mountPoint, type + source + " at " + mountPoint)
        }
        return best?.description ?? "unknown"
    }
}
