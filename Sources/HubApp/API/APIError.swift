import HTTPTypes
import Hummingbird
import HubAPI
import Inventory
import NIOCore

/// An API refusal that renders itself as JSON in the caller's language (`Accept-Language`).
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var code: String
    var text: LocalizedText
    /// Set for a body too large to read: the rest of it is not drained, the connection closes.
    var closesConnection = false

    init(_ status: HTTPResponse.Status, code: String, _ text: LocalizedText) {
        self.status = status
        self.code = code
        self.text = text
    }

    init(_ error: InventoryError) {
        let status: HTTPResponse.Status = switch error.code {
        case .notFound: .notFound
        case .conflict: .conflict
        case .refused: .unprocessableContent
        case .invalidInput: .badRequest
        case .unauthorized: .unauthorized
        case .locked: .tooManyRequests
        default: .internalServerError
        }
        self.init(status, code: error.code.name, error.text)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let language = Language(localeIdentifier: request.headers[.acceptLanguage])
        let body = APIErrorBody(code: code, message: text(language))
        let data = try HubJSON.encoder().encode(body)
        var headers: HTTPFields = [.contentType: "application/json"]
        if closesConnection { headers[.connection] = "close" }
        return Response(
            status: status,
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    static func tooLarge(_ limit: Int) -> APIError {
        var error = APIError(.contentTooLarge, code: "body-too-large", LocalizedText(
            nl: "verzoek groter dan \(limit / 1024 / 1024) MB — splits het bestand en stuur de delen apart",
            en: "request larger than \(limit / 1024 / 1024) MB — split the file and send the parts one by one"
        ))
        error.closesConnection = true
        return error
    }

    static func badRequest(_ what: String) -> APIError {
        APIError(.badRequest, code: "malformed-request", LocalizedText(
            nl: "verzoek niet begrepen: \(what) — zie `kiosk --help`",
            en: "request not understood: \(what) — see `kiosk --help`"
        ))
    }
}
