/// An opened GPIO chip that hands out requested lines.
///
/// Each line keeps its chip alive and releases itself when dropped, so whoever holds the lines
/// owns the hardware, and dropping them gives the lines back to the kernel.
public protocol GPIOChip: Sendable {
    var name: String { get }
    /// Requests `offset` as an output, initially off.
    func output(_ offset: Int) throws(GPIOError) -> any GPIOOutput
    /// Requests `offset` for edge events in both directions.
    func input(_ offset: Int) throws(GPIOError) -> any GPIOInput
}

/// Opens a chip by name ("gpiochip0"); injected so tests and `--simulate` use fake lines.
public typealias GPIOChipOpener = @Sendable (String) throws(GPIOError) -> any GPIOChip
