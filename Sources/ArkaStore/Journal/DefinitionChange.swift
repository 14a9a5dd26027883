import ArkaCore
import GRDB

/// A change of the books' structure after `init`, as the ledger records it: what changed, from
/// when, why, who changed it and when. The change never edits what was there: it adds rows to
/// the definition's tables, or closes an account to new postings.
///
/// ```swift
/// let changes = try view.definitionChanges()
/// changes.last?.subject   // "6330": the account added last
/// ```
public struct DefinitionChange: Sendable, Equatable {
    /// What the change did.
    public enum Kind: String, Sendable, CaseIterable {
        case accountAdded = "account-added"
        case accountClosed = "account-closed"
        case fundAdded = "fund-added"
        case budgetLineAdded = "budget-line-added"
        case schemeAdded = "scheme-added"
        case recipientAdded = "recipient-added"
        case productAdded = "product-added"
        /// A product's list price from the change's date on (``Product/PriceChange``).
        case priceChanged = "price-changed"
    }

    /// The change's number, from 1.
    public var number: Int64
    /// The day from which it holds.
    public var date: LedgerDate
    public var kind: Kind
    /// The code of what it added or closed.
    public var subject: String
    public var reason: String
    public var changedBy: String
    /// When, as `2026-12-06T09:15:02Z`.
    public var changedAt: String

    public init(number: Int64, date: LedgerDate, kind: Kind, subject: String, reason: String, changedBy: String, changedAt: String) {
        self.number = number
        self.date = date
        self.kind = kind
        self.subject = subject
        self.reason = reason
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}

extension LedgerTransaction {
    /// Records a change of the structure.
    /// - Returns: the change's number.
    /// - Throws: a database error.
    public func recordChange(_ kind: DefinitionChange.Kind, subject: String, date: LedgerDate, reason: String, by user: String, at timestamp: String) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO definition_change (date, kind, subject, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [date, kind.rawValue, subject, reason, user, timestamp])
        return db.lastInsertedRowID
    }

    /// Adds accounts to the chart, each parent before the accounts below it.
    /// - Throws: a database error (a code taken, a parent missing: the caller checks both first).
    public func addAccounts(_ accounts: [Account]) throws {
        try StoredDefinition(settings: [:], accounts: accounts, funds: [], budgetLines: [], rates: []).insert(db)
    }

    /// Adds funds.
    /// - Throws: a database error (a code taken: the caller checks it first).
    public func addFunds(_ funds: [Fund]) throws {
        for fund in funds { try FundRecord(fund).insert(db) }
    }

    /// Adds budget lines.
    /// - Throws: a database error (a line taken: the caller checks it first).
    public func addBudgetLines(_ lines: [BudgetLine]) throws {
        for line in lines { try BudgetLineRecord(line).insert(db) }
    }

    /// Adds grant recipients.
    /// - Throws: a database error (a code taken: the caller checks it first).
    public func addRecipients(_ recipients: [GrantRecipient]) throws {
        try saveGrantDefinition(recipients: recipients, schemes: [])
    }

    /// Adds grant schemes.
    /// - Throws: a database error (a code taken, a fund or line missing: the caller checks them first).
    public func addSchemes(_ schemes: [GrantScheme]) throws {
        try saveGrantDefinition(recipients: [], schemes: schemes)
    }

    /// Adds products to the product list.
    /// - Throws: a database error (a code taken: the caller checks it first).
    public func addProducts(_ products: [Product]) throws {
        for product in products { try ProductRecord(product).insert(db) }
    }

    /// Sets a product's list price from `date` on, as change `change` says.
    /// - Throws: a database error (a product the list lacks: the caller checks it first).
    public func setPrice(of product: String, to price: Money, from date: LedgerDate, change: Int64) throws {
        try db.execute(
            sql: "INSERT INTO product_price (product, date, price, change) VALUES (?, ?, ?, ?)",
            arguments: [product, date, price.minorUnits, change])
    }

    /// Closes an account to postings dated `date` or later, as change `change` says.
    /// - Throws: a database error (an account closed already: the caller checks it first).
    public func closeAccount(_ code: String, date: LedgerDate, change: Int64) throws {
        try db.execute(sql: "INSERT INTO account_closure (account, date, change) VALUES (?, ?, ?)", arguments: [code, date, change])
    }
}

extension LedgerView {
    /// Every change of the structure, oldest first.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a row Arka did not write.
    public func definitionChanges() throws -> [DefinitionChange] {
        try Row.fetchAll(db, sql: "SELECT id, date, kind, subject, reason, changed_by, changed_at FROM definition_change ORDER BY id").map { row in
            let number = try row.decode(Int64.self, forColumn: "id")
            let kindText = try row.decode(String.self, forColumn: "kind")
            guard let kind = DefinitionChange.Kind(rawValue: kindText) else {
                throw ArkaError(.brokenJournal, "definition change #\(number) has an unknown kind \"\(kindText)\"")
            }
            return DefinitionChange(
                number: number, date: try Self.storedDate(row, "date", "definition change #\(number)"), kind: kind,
                subject: try row.decode(String.self, forColumn: "subject"), reason: try row.decode(String.self, forColumn: "reason"),
                changedBy: try row.decode(String.self, forColumn: "changed_by"), changedAt: try row.decode(String.self, forColumn: "changed_at"))
        }
    }

    /// A stored day of a row.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` naming `what` when it is not a day.
    static func storedDate(_ row: Row, _ column: String, _ what: @autoclosure () -> String) throws -> LedgerDate {
        guard let text = try row.decode(String?.self, forColumn: column), let day = try? LedgerDate.parse(text) else {
            throw ArkaError(.brokenJournal, "\(what()) holds a \(column) that is not a day: \(row[column] as DatabaseValue)")
        }
        return day
    }

    /// What the changes of `kind` added, each with the day it holds from (the earliest, should a
    /// code be added twice).
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a row Arka did not write.
    public func addedFrom(_ kind: DefinitionChange.Kind) throws -> [String: LedgerDate] {
        var from: [String: LedgerDate] = [:]
        for change in try definitionChanges() where change.kind == kind {
            from[change.subject] = min(from[change.subject] ?? change.date, change.date)
        }
        return from
    }

    /// The closed accounts, each with the first day it takes no posting.
    /// - Throws: a database error.
    public func accountClosures() throws -> [String: LedgerDate] {
        var closures: [String: LedgerDate] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account, date FROM account_closure") {
            let account = try row.decode(String.self, forColumn: "account")
            closures[account] = try Self.storedDate(row, "date", "the closing of account \(account)")
        }
        return closures
    }
}

extension LedgerView {
    /// The first day on which `account` has a posting, or nil when it has none.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a stored date that is not one.
    public func firstPostingDate(account: String) throws -> LedgerDate? {
        try LedgerDate.fetchOne(
            db, sql: "SELECT MIN(e.date) FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id")) WHERE p.account = ?",
            arguments: [account])
    }

    /// The last day on which `account` has a posting, or nil when it has none.
    /// - Throws: a database error; ``ArkaError/Kind/brokenJournal`` for a stored date that is not one.
    public func lastPostingDate(account: String) throws -> LedgerDate? {
        try LedgerDate.fetchOne(
            db, sql: "SELECT MAX(e.date) FROM posting p JOIN entry e ON e.seq = \(PostingKey.sql(entryOf: "p.id")) WHERE p.account = ?",
            arguments: [account])
    }
}
