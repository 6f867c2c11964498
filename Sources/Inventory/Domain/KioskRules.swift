import Foundation

/// The kiosk's timings and guards, from the `[kiosk]` table of the config.
public struct KioskRules: Sendable, Equatable {
    /// A second tap of the same pass within this many seconds of a registration changes nothing.
    public var doubleTapSeconds: Double
    /// Rides still open at this local time ("HH:MM") are closed by the hub and queued for review.
    public var dayEndHour: Int
    public var dayEndMinute: Int
    /// The console returns to idle and wipes the screen after this many seconds without input.
    public var idleSeconds: Int
    /// Staff mode, on the console or the command line, lapses after this long without use.
    public var staffIdleSeconds: Double
    /// The maximum price of a service unless staff set its own.
    public var defaultMaxPrice: Cents
    /// scrypt's cost (N) for new staff PINs; lower only on slow test machines.
    public var pinRounds: Int

    public init(
        doubleTapSeconds: Double = 10, dayEndHour: Int = 22, dayEndMinute: Int = 0, idleSeconds: Int = 20,
        staffIdleSeconds: Double = 300, defaultMaxPrice: Cents = Cents(2500), pinRounds: Int = 1 << 15
    ) {
        self.pinRounds = pinRounds
        self.doubleTapSeconds = doubleTapSeconds
        self.dayEndHour = dayEndHour
        self.dayEndMinute = dayEndMinute
        self.idleSeconds = idleSeconds
        self.staffIdleSeconds = staffIdleSeconds
        self.defaultMaxPrice = defaultMaxPrice
    }
}
