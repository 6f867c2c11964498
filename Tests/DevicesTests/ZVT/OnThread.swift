import Foundation

/// Runs blocking test work (poll, accept, pty reads) on a thread of its own, so it never holds
/// a thread of the cooperative pool that the code under test needs.
func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: body()) }
        thread.name = "zvt-test"
        thread.start()
    }
}
