/// A command line `hub-bench` cannot run with; the message says what to type instead.
struct BenchUsageError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
