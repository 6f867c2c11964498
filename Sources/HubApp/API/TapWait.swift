import Hummingbird
import Workflows

/// A staff command's wait for the next pass tap. The wait belongs to the request: when its
/// client hangs up, the claim ends at once and the reader is free again.
enum TapWait {
    static let seconds = 60.0

    static func next(
        _ purpose: TapClaims.Purpose, accepts: @escaping TapClaims.Filter = { _ in true }, for request: Request, hub: Hub
    ) async throws -> TapClaims.Tap {
        hub.logger.notice("waiting for a pass tap", metadata: ["for": "\(purpose.rawValue)"])
        let waiting = Task { try await hub.claims.next(purpose, accepts: accepts, timeout: seconds) }
        return try await withTaskCancellationHandler {
            try await request.body.consumeWithInboundCloseHandler { _ in
                try await waiting.value
            } onInboundClosed: {
                waiting.cancel()
            }
        } onCancel: {
            waiting.cancel()
        }
    }
}
