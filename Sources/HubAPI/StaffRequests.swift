/// First staff member (allowed without login only while there is none) or another one.
public struct StaffAddRequest: Codable, Sendable {
    public var name: String
    /// Never logged; hashed with scrypt before it is stored.
    public var pin: String
    public init(name: String, pin: String) {
        self.name = name
        self.pin = pin
    }
}

/// Staff login: the PIN now, the staff pass as the next tap on a pass reader.
public struct StaffLoginRequest: Codable, Sendable {
    public var pin: String
    public init(pin: String) { self.pin = pin }
}

public struct StaffLoginResponse: Codable, Sendable {
    public var token: String
    public var name: String
    public var idleMinutes: Int
    public init(token: String, name: String, idleMinutes: Int) {
        self.token = token
        self.name = name
        self.idleMinutes = idleMinutes
    }
}

public struct PassEnrollRequest: Codable, Sendable {
    public var resident: String
    public init(resident: String) { self.resident = resident }
}

public struct PassBlockRequest: Codable, Sendable {
    public var reason: String?
    public init(reason: String?) { self.reason = reason }
}

public struct CreditTopUpRequest: Codable, Sendable {
    public var resident: String
    /// As typed, e.g. "10,00"; parsed on the hub so a fraction of a cent is refused there.
    public var amount: String
    public init(resident: String, amount: String) {
        self.resident = resident
        self.amount = amount
    }
}

public struct CreditResponse: Codable, Sendable {
    public var resident: String
    public var balanceCents: Int
    public init(resident: String, balanceCents: Int) {
        self.resident = resident
        self.balanceCents = balanceCents
    }
}

public struct ProxyAddRequest: Codable, Sendable {
    public var resident: String
    public var name: String
    public var scopes: [Proxy.Scope]
    public var expiresOn: LocalDay
    public init(resident: String, name: String, scopes: [Proxy.Scope], expiresOn: LocalDay) {
        self.resident = resident
        self.name = name
        self.scopes = scopes
        self.expiresOn = expiresOn
    }
}

public struct ReviewResolveRequest: Codable, Sendable {
    public var note: String?
    public init(note: String?) { self.note = note }
}
