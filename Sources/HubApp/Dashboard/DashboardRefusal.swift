import HTTPTypes
import Hummingbird
import Inventory

/// A dashboard request refused at the edge, before any role or handler: a cross-site form,
/// a missing or wrong form token, an oversized address or form.
struct DashboardRefusal: HTTPResponseError {
    enum Code: String, Sendable {
        case crossSite = "cross-site"
        case formToken = "form-token"
        case wrongHost = "wrong-host"
        case tooLarge = "too-large"
        case malformed = "malformed"
        /// A script's call from a browser with no pairing at all.
        case notPaired = "not-paired"
    }

    var code: Code
    var text: LocalizedText

    var status: HTTPResponse.Status {
        switch code {
        case .crossSite, .formToken, .wrongHost, .notPaired: .forbidden
        case .tooLarge: .contentTooLarge
        case .malformed: .badRequest
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try APIError(status, code: code.rawValue, text).response(from: request, context: context)
    }

    static let crossSite = DashboardRefusal(code: .crossSite, text: LocalizedText(
        nl: "dit formulier kwam niet van het dashboard zelf en is geweigerd — open het dashboard en probeer het daar opnieuw",
        en: "this form did not come from the dashboard itself and was refused — open the dashboard and try again there"
    ))

    static let formToken = DashboardRefusal(code: .formToken, text: LocalizedText(
        nl: "het formulier is verlopen of niet van deze browser — laad de pagina opnieuw en probeer het nog eens",
        en: "the form has expired or is not from this browser — reload the page and try again"
    ))

    static let notPaired = DashboardRefusal(code: .notPaired, text: LocalizedText(
        nl: "deze browser is niet (meer) gekoppeld aan de hub — koppel hem opnieuw via de pagina Browser koppelen",
        en: "this browser is not (or no longer) paired with the hub — pair it again on the pairing page"
    ))

    static let wrongHost = DashboardRefusal(code: .wrongHost, text: LocalizedText(
        nl: "dit adres hoort niet bij het dashboard — gebruik het adres uit [dashboard] listen",
        en: "this address does not belong to the dashboard — use the address in [dashboard] listen"
    ))

    static func tooLarge(_ what: String) -> DashboardRefusal {
        DashboardRefusal(code: .tooLarge, text: LocalizedText(nl: "\(what) is te groot", en: "\(what) is too large"))
    }

    static func malformed(_ what: String) -> DashboardRefusal {
        DashboardRefusal(code: .malformed, text: LocalizedText(nl: "niet begrepen: \(what)", en: "not understood: \(what)"))
    }
}
