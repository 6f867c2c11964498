import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Delivers SIGWINCH, SIGINT, SIGTERM and SIGHUP as console inputs instead of letting them kill
/// the process, so the terminal is always restored before the console exits.
///
/// `@unchecked Sendable`: the sources are set once in `init` and dispatch sources are
/// thread-safe, but Foundation on Linux does not mark them `Sendable`.
final class SignalWatcher: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private static let watched: [Int32] = [SIGWINCH, SIGINT, SIGTERM, SIGHUP]

    init(queue: DispatchQueue, deliver: @escaping @Sendable (ConsoleInput) -> Void) {
        sources = Self.watched.map { number in
            // The default action would run before the dispatch source ever saw the signal.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { deliver(number == SIGWINCH ? .resized : .terminate) }
            source.resume()
            return source
        }
    }

    /// Stops watching and gives the signals their default actions back.
    func stop() {
        for source in sources { source.cancel() }
        for number in Self.watched { signal(number, SIG_DFL) }
    }
}
