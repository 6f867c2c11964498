/// Median and tail of a set of latencies, in milliseconds.
///
/// Percentiles are nearest-rank on the sorted samples: p99 of 1,000 samples is the 990th
/// smallest, so it is a latency that was actually observed, not an interpolation.
struct LatencySummary: Sendable, Codable, Equatable {
    let samples: Int
    let minMs: Double
    let medianMs: Double
    let p90Ms: Double
    let p95Ms: Double
    let p99Ms: Double
    let maxMs: Double
    let meanMs: Double

    init(_ durations: [Duration]) {
        let sorted = durations.map(Self.milliseconds).sorted()
        samples = sorted.count
        minMs = sorted.first ?? 0
        medianMs = Self.percentile(0.50, of: sorted)
        p90Ms = Self.percentile(0.90, of: sorted)
        p95Ms = Self.percentile(0.95, of: sorted)
        p99Ms = Self.percentile(0.99, of: sorted)
        maxMs = sorted.last ?? 0
        meanMs = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
    }

    static func percentile(_ fraction: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }
}
