import Workflows

/// The moment `IntakeWorkflow.handle` returned for one scan, i.e. after the store's commit
/// (and the feedback signal and event publication that follow it) had returned.
struct ScanCommit: Sendable {
    let at: ContinuousClock.Instant
    let kind: HubEvent.Kind
    let barcode: String?
}
