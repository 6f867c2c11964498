import Testing

/// Polls a condition for up to `timeout`, because drivers run on their own schedule; tests
/// assert behaviour, never speed.
@discardableResult
func eventually(
    timeout: Duration = .seconds(5),
    _ condition: () async -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() {
            return true
        }
        try? await Task.sleep(for: .milliseconds(20))
    }
    let met = await condition()
    #expect(met, "condition not met within \(timeout)", sourceLocation: sourceLocation)
    return met
}
