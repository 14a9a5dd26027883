/// A dated, described, balanced set of postings: the unit the journal records.
///
/// Posted entries never change. A correction is a new entry that reverses the old one
/// (``reversal``), so the trail shows both.
///
/// ```swift
/// let entry = Entry(id: "2023-001", date: try LedgerDate.parse("2023-02-01"),
///                   description: "EU pre-financing, first instalment",
///                   postings: [bank, income])
/// ```
public struct Entry: Sendable, Equatable {
    public var id: String
    public var date: LedgerDate
    public var description: String
    public var counterparty: String?
    public var documents: [DocumentReference]
    public var postings: [Posting]
    public var reversal: Reversal?
    /// Who posted it; set by the engine when it posts.
    public var postedBy: String
    /// When it was posted, UTC, ISO 8601 (`2024-03-31T09:15:02Z`); set by the engine.
    public var postedAt: String
    /// Where it was read from, for error messages; not part of the books.
    public var origin: SourceLocation?

    public init(
        id: String, date: LedgerDate, description: String, counterparty: String? = nil,
        documents: [DocumentReference] = [], postings: [Posting], reversal: Reversal? = nil,
        postedBy: String = "", postedAt: String = "", origin: SourceLocation? = nil
    ) {
        self.id = id
        self.date = date
        self.description = description
        self.counterparty = counterparty
        self.documents = documents
        self.postings = postings
        self.reversal = reversal
        self.postedBy = postedBy
        self.postedAt = postedAt
        self.origin = origin
    }

    /// Two entries are the same when their books are: where they were read from does not count.
    public static func == (lhs: Entry, rhs: Entry) -> Bool {
        lhs.id == rhs.id && lhs.date == rhs.date && lhs.description == rhs.description
            && lhs.counterparty == rhs.counterparty && lhs.documents == rhs.documents
            && lhs.postings == rhs.postings && lhs.reversal == rhs.reversal
            && lhs.postedBy == rhs.postedBy && lhs.postedAt == rhs.postedAt
    }

    /// The entry that undoes this one on `date`: every posting with its amount negated.
    /// - Throws: ``ArkaError/Kind/overflow`` for an amount of -92233720368547758.08, whose
    ///   opposite does not fit.
    public func reversed(id: String, date: LedgerDate, reason: String) throws -> Entry {
        Entry(
            id: id, date: date, description: "Reversal of \(self.id): \(description)",
            counterparty: counterparty, documents: documents,
            postings: try postings.map { posting in
                var reversed = posting
                reversed.amount = try posting.amount.negated()
                reversed.conversion = try posting.conversion.map { conversion in
                    var negated = conversion
                    negated.baseAmount = try conversion.baseAmount.negated()
                    return negated
                }
                reversed.line = nil
                return reversed
            },
            reversal: Reversal(of: self.id, reason: reason))
    }

    /// The error placed where this entry (or one of its postings) was read from.
    public func locate(_ error: ArkaError, posting index: Int? = nil) -> ArkaError {
        let line = index.flatMap { postings[$0].line } ?? origin?.line
        return error.at(file: origin?.file, line: line)
    }
}

/// The link from a reversal entry to the entry it undoes, and why.
public struct Reversal: Sendable, Hashable {
    public var of: String
    public var reason: String

    public init(of: String, reason: String) {
        self.of = of
        self.reason = reason
    }
}
