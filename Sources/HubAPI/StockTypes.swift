import Foundation

/// A loan as staff see it in a list.
public struct LoanView: Codable, Sendable, Equatable {
    public var loan: Loan
    public var articleNumber: String
    public var articleName: String
    public var residentName: String?
    public var residentReference: String?
    public var overdue: Bool

    public init(
        loan: Loan, articleNumber: String, articleName: String, residentName: String?, residentReference: String?, overdue: Bool
    ) {
        self.loan = loan
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.residentName = residentName
        self.residentReference = residentReference
        self.overdue = overdue
    }
}

/// A loan unit lent to a resident: opened by the issue, closed by the return or a write-off.
public struct Loan: Codable, Sendable, Equatable {
    public var id: Int64?
    public var articleId: Int64
    public var serial: String
    public var residentId: Int64?
    public var parcelId: Int64?
    public var issuedAt: Date
    public var issuedOn: LocalDay
    public var dueOn: LocalDay
    /// When the due date was last moved, and who at Vegro agreed.
    public var extendedOn: LocalDay?
    public var agreedBy: String?
    /// Set when an extension goes past the article's maximum term.
    public var overrideReason: String?
    public var closedAt: Date?

    public init(
        id: Int64?, articleId: Int64, serial: String, residentId: Int64?, parcelId: Int64?, issuedAt: Date, issuedOn: LocalDay,
        dueOn: LocalDay, extendedOn: LocalDay?, agreedBy: String?, overrideReason: String?, closedAt: Date?
    ) {
        self.id = id
        self.articleId = articleId
        self.serial = serial
        self.residentId = residentId
        self.parcelId = parcelId
        self.issuedAt = issuedAt
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.extendedOn = extendedOn
        self.agreedBy = agreedBy
        self.overrideReason = overrideReason
        self.closedAt = closedAt
    }
}

/// A loan that reached one of the reminder weeks on the given day.
public struct LoanReminder: Codable, Sendable, Equatable {
    public var loan: LoanView
    public var week: Int

    public init(loan: LoanView, week: Int) {
        self.loan = loan
        self.week = week
    }
}

/// The open batch as `kiosk stock desk show` and the console see it.
public struct StockDeskView: Codable, Sendable, Equatable {
    public var mode: StockDeskMode
    public var resident: StockDeskResident?
    public var startedBy: String
    public var startedAt: Date
    public var lines: [StockDeskLine]
    public var totals: [StockDeskTotal]
    public var units: Int
    public var warnings: [LocalizedText]

    public init(
        mode: StockDeskMode, resident: StockDeskResident?, startedBy: String, startedAt: Date, lines: [StockDeskLine],
        totals: [StockDeskTotal], units: Int, warnings: [LocalizedText]
    ) {
        self.mode = mode
        self.resident = resident
        self.startedBy = startedBy
        self.startedAt = startedAt
        self.lines = lines
        self.totals = totals
        self.units = units
        self.warnings = warnings
    }
}

/// Who an issue batch is for, as staff need to see it at the desk. Only the name and the
/// reference: the desk screen is seen by whoever stands at the counter.
public struct StockDeskResident: Codable, Sendable, Equatable {
    public var id: Int64
    public var reference: String?
    public var name: String

    public init(id: Int64, reference: String?, name: String) {
        self.id = id
        self.reference = reference
        self.name = name
    }
}

/// One line of the open batch: an article with its label details and how many. A loan unit
/// (with a serial) is always one line of quantity 1; a consumable's repeated scans add up.
public struct StockDeskLine: Codable, Sendable, Equatable {
    public var number: Int
    public var articleId: Int64
    public var gtin: String
    public var articleName: String
    public var serial: String?
    public var batch: String?
    public var expiry: LocalDay?
    public var quantity: Int
    /// Things staff should look at before confirming (an expired label, a near expiry).
    public var warnings: [LocalizedText]

    public init(
        number: Int, articleId: Int64, gtin: String, articleName: String, serial: String?, batch: String?, expiry: LocalDay?,
        quantity: Int, warnings: [LocalizedText]
    ) {
        self.number = number
        self.articleId = articleId
        self.gtin = gtin
        self.articleName = articleName
        self.serial = serial
        self.batch = batch
        self.expiry = expiry
        self.quantity = quantity
        self.warnings = warnings
    }
}

/// A running total per article, so staff compare the desk with the delivery note at a glance.
public struct StockDeskTotal: Codable, Sendable, Equatable {
    public var articleId: Int64
    public var articleName: String
    public var quantity: Int

    public init(articleId: Int64, articleName: String, quantity: Int) {
        self.articleId = articleId
        self.articleName = articleName
        self.quantity = quantity
    }
}

/// What the open batch at the stock desk will do once confirmed. Each mode is one kind of
/// movement for the whole batch, so a batch never mixes "in" and "out".
public enum StockDeskMode: String, Codable, Sendable, CaseIterable {
    case receive
    case issue
    case `return`
    case cleaningDone = "cleaning-done"
    case stocktake
    /// Back to Vegro in the van (worn out, recalled, surplus).
    case sendBack = "send-back"
    /// Damaged or lost; the batch carries the reason.
    case writeOff = "write-off"
}

/// What confirming the desk's batch booked: the batch as it was, and what the ledger wrote.
public struct StockDeskReceipt: Codable, Sendable, Equatable {
    public var batch: StockDeskView
    public var movements: Int
    public var loans: [Loan]
    public var warnings: [LocalizedText]
    /// The order slip a receipt was booked against, if one was waiting.
    public var orderSlipId: Int64?

    public init(
        batch: StockDeskView, movements: Int, loans: [Loan], warnings: [LocalizedText], orderSlipId: Int64?
    ) {
        self.batch = batch
        self.movements = movements
        self.loans = loans
        self.warnings = warnings
        self.orderSlipId = orderSlipId
    }
}

/// What the stock desk tells the console after a scan or a desk command, for a live display.
public struct StockDeskNotice: Codable, Sendable, Equatable {
    public var mode: StockDeskMode?
    public var accepted: Bool
    /// The line the scan became or changed; nil for a refusal.
    public var line: StockDeskLine?
    public var lines: Int
    public var units: Int

    public init(mode: StockDeskMode?, accepted: Bool, line: StockDeskLine?, lines: Int, units: Int) {
        self.mode = mode
        self.accepted = accepted
        self.line = line
        self.lines = lines
        self.units = units
    }
}

/// The van's delivery against the last slip, shown before anything is booked.
public struct VanComparison: Codable, Sendable, Equatable {
    public var orderSlipId: Int64?
    /// Ordered, not (all) scanned.
    public var missing: [Line]
    /// Scanned more than ordered.
    public var extra: [Line]
    /// Not on the slip at all, or a serial the hub did not expect.
    public var unexpected: [Line]

    public init(orderSlipId: Int64?, missing: [Line], extra: [Line], unexpected: [Line]) {
        self.orderSlipId = orderSlipId
        self.missing = missing
        self.extra = extra
        self.unexpected = unexpected
    }
}

extension VanComparison {
    public struct Line: Codable, Sendable, Equatable {
        public var articleId: Int64
        public var articleNumber: String
        public var articleName: String
        public var ordered: Int
        public var scanned: Int
        /// Serials scanned that the hub already knows in a state other than sent back.
        public var unexpectedSerials: [String]

        public init(
            articleId: Int64, articleNumber: String, articleName: String, ordered: Int, scanned: Int, unexpectedSerials: [String]
        ) {
            self.articleId = articleId
            self.articleNumber = articleNumber
            self.articleName = articleName
            self.ordered = ordered
            self.scanned = scanned
            self.unexpectedSerials = unexpectedSerials
        }
    }
}

/// A consumable batch still on the shelf with its GS1 expiry date.
public struct ExpiringBatch: Codable, Sendable, Equatable {
    public var articleId: Int64
    public var articleNumber: String
    public var articleName: String
    public var batch: String?
    public var expiresOn: LocalDay
    public var quantity: Int

    public init(
        articleId: Int64, articleNumber: String, articleName: String, batch: String?, expiresOn: LocalDay, quantity: Int
    ) {
        self.articleId = articleId
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.batch = batch
        self.expiresOn = expiresOn
        self.quantity = quantity
    }
}

/// One article's count against the ledger.
public struct StocktakeDifference: Codable, Sendable, Equatable {
    public var articleId: Int64
    public var articleNumber: String
    public var articleName: String
    public var kind: ArticleKind
    public var expected: Int
    public var counted: Int
    /// Loan units the ledger has on the shelf that were not counted.
    public var missingSerials: [String]
    /// Loan units counted that the ledger has elsewhere (or never saw).
    public var unexpectedSerials: [String]

    public init(
        articleId: Int64, articleNumber: String, articleName: String, kind: ArticleKind, expected: Int, counted: Int,
        missingSerials: [String], unexpectedSerials: [String]
    ) {
        self.articleId = articleId
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.kind = kind
        self.expected = expected
        self.counted = counted
        self.missingSerials = missingSerials
        self.unexpectedSerials = unexpectedSerials
    }
}

/// One line of the append-only stock ledger. `delta` is the movement's effect on the shelf, so
/// every level is a sum over the ledger (and the `stock_level` cache the triggers keep).
public struct StockMovement: Codable, Sendable, Equatable {
    public var id: Int64?
    public var kind: MovementKind
    public var articleId: Int64
    public var serial: String?
    public var batch: String?
    public var expiresOn: LocalDay?
    /// What was scanned or counted, always positive.
    public var quantity: Int
    /// The effect on the shelf: +received, −issued, 0 for a loan unit that comes back dirty.
    public var delta: Int
    public var residentId: Int64?
    public var parcelId: Int64?
    public var loanId: Int64?
    public var orderSlipId: Int64?
    /// The movement this one corrects, if it is a reversal.
    public var reversesId: Int64?
    /// Who signed off the cleaning and inspection, for `cleaned`.
    public var inspector: String?
    /// Why, for write-offs and stocktake adjustments.
    public var reason: String?
    public var actorId: Int64?
    public var actorName: String
    public var device: String?
    public var at: Date
    public var bookedOn: LocalDay

    public init(
        id: Int64?, kind: MovementKind, articleId: Int64, serial: String?, batch: String?, expiresOn: LocalDay?, quantity: Int,
        delta: Int, residentId: Int64?, parcelId: Int64?, loanId: Int64?, orderSlipId: Int64?, reversesId: Int64?,
        inspector: String?, reason: String?, actorId: Int64?, actorName: String, device: String?, at: Date, bookedOn: LocalDay
    ) {
        self.id = id
        self.kind = kind
        self.articleId = articleId
        self.serial = serial
        self.batch = batch
        self.expiresOn = expiresOn
        self.quantity = quantity
        self.delta = delta
        self.residentId = residentId
        self.parcelId = parcelId
        self.loanId = loanId
        self.orderSlipId = orderSlipId
        self.reversesId = reversesId
        self.inspector = inspector
        self.reason = reason
        self.actorId = actorId
        self.actorName = actorName
        self.device = device
        self.at = at
        self.bookedOn = bookedOn
    }
}

/// The kinds of entry in the stock ledger. The ledger is append-only: a correction is another
/// movement that references the one it reverses.
public enum MovementKind: String, Codable, Sendable, CaseIterable {
    case received
    case issued
    case returned
    /// A returned loan unit signed off after cleaning and inspection: back on the shelf.
    case cleaned
    case sentBack = "sent-back"
    /// A stocktake correction.
    case adjusted
    case writtenOff = "written-off"
}

/// The cached current state of one loan unit; the ledger is the history, this is the answer
/// to "where is rollator 12345 now" without reading it.
public struct StockUnit: Codable, Sendable, Equatable {
    public var id: Int64?
    public var articleId: Int64
    public var serial: String
    public var state: UnitState
    public var updatedAt: Date

    public init(id: Int64?, articleId: Int64, serial: String, state: UnitState, updatedAt: Date) {
        self.id = id
        self.articleId = articleId
        self.serial = serial
        self.state = state
        self.updatedAt = updatedAt
    }
}

/// Where one serial-numbered loan unit is in its life. The `stock_unit` table caches it,
/// written in the same transaction as the movement that changes it.
public enum UnitState: String, Codable, Sendable, CaseIterable {
    case inStock = "in-stock"
    /// On its way to a resident on a round, with a parcel.
    case issued
    case atResident = "at-resident"
    /// Back at the hub, not yet cleaned.
    case returned
    case cleaning
    case writtenOff = "written-off"
    case sentBack = "sent-back"
}

/// An article below its minimum and how many bring it back to target.
public struct ReorderLine: Codable, Sendable, Equatable {
    public var articleId: Int64
    public var articleNumber: String
    public var articleName: String
    public var inStock: Int
    public var minimumLevel: Int
    public var targetLevel: Int
    public var quantity: Int

    public init(
        articleId: Int64, articleNumber: String, articleName: String, inStock: Int, minimumLevel: Int, targetLevel: Int,
        quantity: Int
    ) {
        self.articleId = articleId
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.inStock = inStock
        self.minimumLevel = minimumLevel
        self.targetLevel = targetLevel
        self.quantity = quantity
    }
}

/// What the hub asks Vegro's van to bring, stored so the delivery can be checked against it.
public struct OrderSlip: Codable, Sendable, Equatable {
    public var id: Int64?
    public var createdAt: Date
    public var createdBy: String
    public var receivedAt: Date?

    public init(id: Int64?, createdAt: Date, createdBy: String, receivedAt: Date?) {
        self.id = id
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.receivedAt = receivedAt
    }
}

/// A stored slip with its lines.
public struct OrderSlipView: Codable, Sendable, Equatable {
    public var slip: OrderSlip
    public var lines: [ReorderLine]

    public init(slip: OrderSlip, lines: [ReorderLine]) {
        self.slip = slip
        self.lines = lines
    }
}

/// An article as staff see it in the list: with its GTINs and what is on the shelf now.
public struct ArticleView: Codable, Sendable, Equatable {
    public var article: Article
    public var gtins: [String]
    /// Units in stock for a loan article, the ledger sum for the others.
    public var inStock: Int

    public init(article: Article, gtins: [String], inStock: Int) {
        self.article = article
        self.gtins = gtins
        self.inStock = inStock
    }
}

/// One of Vegro's articles kept in the hub's consignment stock. GTINs live in their own table,
/// as one article can carry several (old and new packaging).
public struct Article: Codable, Sendable, Equatable {
    public var id: Int64?
    /// Vegro's article number, as it appears on their statement.
    public var number: String
    public var name: String
    public var category: String
    public var kind: ArticleKind
    public var minimumLevel: Int
    public var targetLevel: Int
    /// The default loan term in weeks (loan articles only).
    public var loanWeeks: Int
    /// The longest a loan may run from its issue, unless staff give an override reason.
    public var maxLoanWeeks: Int
    public var createdAt: Date

    public init(
        id: Int64?, number: String, name: String, category: String, kind: ArticleKind, minimumLevel: Int, targetLevel: Int,
        loanWeeks: Int, maxLoanWeeks: Int, createdAt: Date
    ) {
        self.id = id
        self.number = number
        self.name = name
        self.category = category
        self.kind = kind
        self.minimumLevel = minimumLevel
        self.targetLevel = targetLevel
        self.loanWeeks = loanWeeks
        self.maxLoanWeeks = maxLoanWeeks
        self.createdAt = createdAt
    }
}

/// What staff type (or a catalogue row holds) to add an article; checked by `ArticleStore.add`.
public struct ArticleFields: Codable, Sendable, Equatable {
    public var number: String
    public var gtins: [String]
    public var name: String
    public var category: String
    public var kind: ArticleKind
    public var minimumLevel: Int
    public var targetLevel: Int
    /// `nil` takes the rules' default (13 weeks).
    public var loanWeeks: Int?
    /// `nil` takes the rules' default (26 weeks).
    public var maxLoanWeeks: Int?

    public init(
        number: String, gtins: [String], name: String, category: String, kind: ArticleKind,
        minimumLevel: Int = 0, targetLevel: Int = 0, loanWeeks: Int? = nil, maxLoanWeeks: Int? = nil
    ) {
        self.number = number
        self.gtins = gtins
        self.name = name
        self.category = category
        self.kind = kind
        self.minimumLevel = minimumLevel
        self.targetLevel = targetLevel
        self.loanWeeks = loanWeeks
        self.maxLoanWeeks = maxLoanWeeks
    }
}

/// How the hub handles an article: the kind decides whether units are tracked by serial and
/// whether anything may come back onto the shelf.
public enum ArticleKind: String, Codable, Sendable, CaseIterable {
    /// Serial-numbered and lent out; comes back, is cleaned and goes on the shelf again.
    case loan
    /// Counted, not tracked per unit.
    case consumable
    /// Counted like a consumable, but issued once and never taken back into stock.
    case hygiene
}

/// What a catalogue import loaded, and each row that did not, by line.
public struct ArticleImportResult: Codable, Sendable, Equatable {
    public var loaded: Int
    /// Rows whose article number is already in the catalogue: left as they are.
    public var alreadyKnown: Int
    /// Row errors share the manifest's shape: a line and a message in both languages.
    public var errors: [ManifestRowError]

    public init(loaded: Int, alreadyKnown: Int, errors: [ManifestRowError]) {
        self.loaded = loaded
        self.alreadyKnown = alreadyKnown
        self.errors = errors
    }
}

extension VanComparison {
    public var matches: Bool { missing.isEmpty && extra.isEmpty && unexpected.isEmpty }
}

extension StocktakeDifference {
    public var wrongCount: Bool { expected != counted }
    public var matches: Bool { !wrongCount && missingSerials.isEmpty && unexpectedSerials.isEmpty }
}
