/// Where a rejected value came from: a file, its line, the field and the value read.
///
/// ```swift
/// let place = SourceLocation(file: "postings.csv", line: 4, field: "amount", value: "12.345")
/// ```
public struct SourceLocation: Sendable, Equatable {
    public var file: String?
    public var line: Int?
    public var field: String?
    public var value: String?

    public init(file: String? = nil, line: Int? = nil, field: String? = nil, value: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
    }

    /// `postings.csv, line 4, field amount "12.345"`, leaving out what is unknown. The value
    /// is shown at most 80 characters long with its control characters escaped
    /// (``TextLimit/shown(_:)``), whatever its length.
    public var description: String { text(in: .current) }

    /// The place said in `language`: `rreshti 4` for `line 4` in Albanian.
    public func text(in language: Language) -> String {
        var parts: [Sentence] = []
        if let file { parts.append(Sentence(verbatim: file)) }
        if let line { parts.append(Sentence("line \(line)")) }
        switch (field, value) {
        case let (field?, value?): parts.append(Sentence("field \(TextLimit.shown(field)) \"\(TextLimit.shown(value))\""))
        case let (field?, nil): parts.append(Sentence("field \(TextLimit.shown(field))"))
        case let (nil, value?): parts.append(Sentence("value \"\(TextLimit.shown(value))\""))
        case (nil, nil): break
        }
        return parts.map { $0.text(in: language) }.joined(separator: ", ")
    }
}

/// Every error Arka reports to a user: what kind it is, one sentence of reason, and where.
///
/// Rules in ArkaCore throw it with the field and value they checked; the layer that reads a
/// file adds the file name and line with ``at(file:line:)``. Its `description` is the one line
/// the command line prints.
///
/// ```swift
/// throw ArkaError(.unknownAccount, "no account 9999 in the chart of accounts",
///                 field: "account", value: "9999")
/// ```
public struct ArkaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The catalogue of rejections. Each kind has a stable name, used in tests and in JSON errors.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case malformedCSV = "malformed-csv"
        case missingColumn = "missing-column"
        case missingValue = "missing-value"
        case badDate = "bad-date"
        case badAmount = "bad-amount"
        case tooManyDecimals = "too-many-decimals"
        case badRate = "bad-rate"
        case missingRate = "missing-rate"
        case unknownCurrency = "unknown-currency"
        case unknownAccount = "unknown-account"
        case unknownFund = "unknown-fund"
        case unknownBudgetLine = "unknown-budget-line"
        case unknownEntry = "unknown-entry"
        case unknownRecipient = "unknown-recipient"
        case unknownScheme = "unknown-scheme"
        case unknownAgreement = "unknown-agreement"
        case unknownUser = "unknown-user"
        case duplicate = "duplicate"
        case unbalancedEntry = "unbalanced-entry"
        case inconsistentEntry = "inconsistent-entry"
        case overflow = "overflow"
        /// Two amounts of different currencies added, subtracted or compared without a rate.
        case currencyMismatch = "currency-mismatch"
        case closedPeriod = "closed-period"
        case alreadyReversed = "already-reversed"
        case badChart = "bad-chart"
        case badSetting = "bad-setting"
        case notALedger = "not-a-ledger"
        case ledgerExists = "ledger-exists"
        case brokenJournal = "broken-journal"
        case io = "io"
        case badGrid = "bad-grid"
        case badApplication = "bad-application"
        case badEvaluation = "bad-evaluation"
        case conflictOfInterest = "conflict-of-interest"
        case unknownCall = "unknown-call"
        case badTemplate = "bad-template"
        case unknownReport = "unknown-report"
        /// libxlsxwriter refused a write; the reason is its own message.
        case workbook = "workbook"
        /// A sale names a product the ledger's product list does not have.
        case unknownProduct = "unknown-product"
        /// A quantity that is not a positive decimal.
        case badQuantity = "bad-quantity"
        /// A bank statement that does not add up, or leaves a gap after the lines already imported.
        case badStatement = "bad-statement"
        /// A statement line that cannot be matched as asked.
        case badMatch = "bad-match"
        /// A social-business command on a ledger made without a business profile.
        case notABusiness = "not-a-business"
        /// A reversal that would leave a register resting on an entry that no longer stands;
        /// the error names the command that makes the correction.
        case badReversal = "bad-reversal"
        /// A write dated on or before a cash count of the till it moves, not marked as a correction after the count.
        case countedCash = "counted-cash"
        /// A digest file (`arka digest`) that cannot be read as one.
        case badDigest = "bad-digest"
        /// A text longer than its kind holds (``TextLimit``): a code, a name, a reference or a description.
        case textTooLong = "text-too-long"
        /// A text holding what no text of its field takes (``TextLimit``): a control character,
        /// a line break in a one-line field, or bytes that are not UTF-8.
        case badText = "bad-text"
        /// Another arka command was still writing to the ledger when the wait for it ran out.
        case ledgerBusy = "ledger-busy"
        /// A write to a ledger that the file, its folder or its medium lets no one write here.
        case readOnly = "read-only"
        /// What the programme's centre does not hold of an office's books (a call's applications,
        /// personal data kept at the office): asked of the books as the centre holds them.
        case heldAtOffice = "held-at-office"
    }

    public var kind: Kind
    /// One sentence, without the location: "EUR amounts take at most 2 decimals"; said in the
    /// process's language when printed (``Sentence``).
    public var sentence: Sentence
    public var location: SourceLocation

    /// The reason in English, whatever the process's language: for tests and logs. An error
    /// that wraps another puts its ``sentence`` in its own, so that it is said in one language.
    public var reason: String { sentence.english }

    public init(_ kind: Kind, _ sentence: Sentence, location: SourceLocation = SourceLocation()) {
        self.kind = kind
        self.sentence = sentence
        self.location = location
    }

    public init(_ kind: Kind, _ reason: Sentence, field: String?, value: String?) {
        self.init(kind, reason, location: SourceLocation(field: field, value: value))
    }

    /// The same error, placed in a file and line (the field and value it already names stay).
    public func at(file: String?, line: Int?) -> ArkaError {
        var copy = self
        if copy.location.file == nil { copy.location.file = file }
        if copy.location.line == nil { copy.location.line = line }
        return copy
    }

    /// The same error, naming the field and value when it does not name them yet.
    public func about(field: String, value: String) -> ArkaError {
        var copy = self
        if copy.location.field == nil { copy.location.field = field }
        if copy.location.value == nil { copy.location.value = value }
        return copy
    }

    /// The one line the command line prints, in the process's language (``Language/current``).
    public var description: String { text(in: .current) }

    /// The one line said in `language`: the place, then the reason.
    public func text(in language: Language) -> String {
        let place = location.text(in: language)
        let reason = sentence.text(in: language)
        return place.isEmpty ? reason : "\(place): \(reason)"
    }
}
