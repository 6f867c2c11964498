import Hummingbird

/// The dashboard's two cookies. Both are HttpOnly (no script reads them) and SameSite=Strict
/// (no other site's page sends them), and Secure when the dashboard runs on HTTPS.
enum DashboardCookies {
    /// The pairing: kept for 400 days, the longest a browser keeps a cookie.
    static let browser = "bh_browser"
    /// A staff login: a session cookie, ended by the hub after idle minutes.
    static let session = "bh_session"

    static func pairing(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: browser, value: token, maxAge: 400 * 86_400, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    static func login(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: session, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    static func cleared(_ name: String, secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// A token the hub could have issued (64 hex digits), or nothing: anything else in a cookie
    /// is not looked up at all.
    static func token(_ name: String, in request: Request) -> String? {
        guard let value = request.cookies[name]?.value, value.utf8.count == 64,
              value.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        return value
    }
}
