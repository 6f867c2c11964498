import Hummingbird
import Inventory
import Workflows
import Logging

/// Turns domain refusals into API answers, and logs anything unexpected for the maintainer.
struct InventoryErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as InventoryError {
            throw APIError(error)
        } catch let refusal as KioskRefusal {
            throw APIError(.conflict, code: refusal.code.name, refusal.text)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw APIError(.internalServerError, code: "internal", LocalizedText(
                nl: "interne fout, niets gewijzigd — kijk in het journaal: journalctl -u hubd",
                en: "internal error, nothing changed — see the journal: journalctl -u hubd"
            ))
        }
    }
}
