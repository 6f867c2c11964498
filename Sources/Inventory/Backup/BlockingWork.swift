import Foundation

/// Runs a blocking call (a page-by-page database copy, fsyncs) on a thread of its own, so it
/// never holds one of the few threads Swift concurrency shares.
enum BlockingWork {
    static func run<T: Sendable>(_ name: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.name = name
            thread.start()
        }
    }
}
