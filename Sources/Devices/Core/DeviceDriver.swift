/// A device driver runs until its task is cancelled, turning kernel input into `InputEvent`s.
///
/// Drivers handle their own reopen after unplug; the supervisor only restarts a driver whose
/// `run` throws, so one failing device never stops the others.
public protocol DeviceDriver: Sendable {
    var descriptor: DeviceDescriptor { get }
    func run(emit: @escaping InputSink, report: @escaping StateSink) async throws
}

public typealias InputSink = @Sendable (InputEvent) async -> Void
public typealias StateSink = @Sendable (DeviceState) async -> Void
