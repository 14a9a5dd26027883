import ArkaCore
import GRDB

/// A cash count as stored: the count, the books' figure, and the entry that recorded a difference.
public struct StoredCashCount: Sendable, Equatable {
    /// The count's number in the ledger, in the order counts were recorded.
    public var id: Int64 = 0
    public var count: CashCount
    /// The entry of the difference; nil when the count agreed with the books.
    public var entry: String?
    public var countedBy: String
    public var countedAt: String
}

/// What an import added to the statement lines of an account.
public struct StatementImport: Sendable, Equatable {
    /// The lines new to the ledger.
    public var added: [StoredStatementLine]
    /// The lines it had already (same account, date, description, amount and balance).
    public var alreadyImported: Int
    /// The lines it had, of an import withdrawn since, which this import brings back.
    public var revived: [StoredStatementLine] = []
}

/// A statement line as stored, with its number in the ledger and what it was matched to.
public struct StoredStatementLine: Sendable, Equatable {
    public var id: Int64
    public var account: String
    public var line: StatementLine
    public var matchedEntry: String?
    /// How the match was made: `rule` (the matching rule found it), `chosen` (a person named the
    /// entry), `posted` (an entry was posted for it).
    public var how: String?
    /// The entry that reversed the matched one, when one did: the line then rests on nothing.
    public var matchedEntryReversedBy: String?
}

extension LedgerTransaction {
    /// Stores the lines of a posted sale. Quantities go in as thousandths.
    /// - Throws: a database error when the entry or a product is unknown.
    public func addSaleItems(entry: String, items: [PricedSaleItem]) throws {
        let insert = try RawStatement(
            db,
            """
            INSERT INTO sale_item (entry_id, position, product, quantity_thousandths, unit_price, amount, vat, cost)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, item) in items.enumerated() {
            insert.bind(1, entry)
            insert.bind(2, Int64(position))
            insert.bind(3, item.product)
            insert.bind(4, item.quantity.thousandths)
            insert.bind(5, item.unitPrice.minorUnits)
            insert.bind(6, item.amount.minorUnits)
            insert.bind(7, item.vat.minorUnits)
            insert.bind(8, item.cost.minorUnits)
            try insert.run()
        }
    }

    /// Records a cash count, and the entry of its difference when there is one.
    public func addCashCount(_ count: CashCount, entry: String?, by user: String, at timestamp: String) throws {
        try db.execute(
            sql: """
                INSERT INTO cash_count (date, account, expected, counted, note, entry_id, counted_by, counted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                count.date.description, count.account, count.expected.minorUnits, count.counted.minorUnits, count.note, entry,
                user, timestamp,
            ])
    }

    /// Adds the statement lines the account does not have yet; a line it has (same date,
    /// description, amount and balance) is counted and left, unless its import was withdrawn:
    /// then it is brought back (the caller records it under its batch with ``reviveStatementLines(_:batch:)``).
    public func addStatementLines(_ lines: [StatementLine], account: String, file: String, by user: String, at timestamp: String)
        throws -> StatementImport
    {
        var result = StatementImport(added: [], alreadyImported: 0)
        for line in lines {
            try db.execute(
                sql: """
                    INSERT INTO statement_line (account, date, description, amount, balance, file, file_line, imported_by, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account, date, description, amount, balance) DO NOTHING
                    """,
                arguments: [
                    account, line.date.description, line.description, line.amount.minorUnits, line.balance.minorUnits, file,
                    line.origin?.line ?? 0, user, timestamp,
                ])
            if db.changesCount == 0 {
                let existing = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT l.id, \(StatementLineCount.counts("l")) FROM statement_line l
                        WHERE l.account = ? AND l.date = ? AND l.description = ? AND l.amount = ? AND l.balance = ?
                        """,
                    arguments: [account, line.date.description, line.description, line.amount.minorUnits, line.balance.minorUnits])
                if let existing, !(existing[1] as Bool) {
                    result.revived.append(StoredStatementLine(id: existing[0], account: account, line: line))
                } else {
                    result.alreadyImported += 1
                }
            } else {
                result.added.append(StoredStatementLine(id: db.lastInsertedRowID, account: account, line: line))
            }
        }
        return result
    }

    /// Matches a statement line to an entry.
    /// - Throws: ``ArkaError/Kind/badMatch`` when the line or the entry is matched already.
    public func match(line: Int64, entry: String, how: String, by user: String, at timestamp: String) throws {
        do {
            try db.execute(
                sql: "INSERT INTO statement_match (line_id, entry_id, how, matched_by, matched_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [line, entry, how, user, timestamp])
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw ArkaError(.badMatch, "statement line \(line) or entry \(entry) is matched already", field: "entry", value: entry)
        }
    }

    /// Undoes the match of a statement line.
    /// - Returns: the entry it was matched to, or nil when it was not matched.
    public func unmatch(line: Int64) throws -> String? {
        let entry = try String.fetchOne(db, sql: "SELECT entry_id FROM statement_match WHERE line_id = ?", arguments: [line])
        try db.execute(sql: "DELETE FROM statement_match WHERE line_id = ?", arguments: [line])
        return entry
    }
}

extension Quantity {
    /// The quantity in thousandths of a unit, as the ledger stores it.
    public var thousandths: Int64 {
        var units = value.digits
        for _ in value.scale..<Quantity.maximumDecimals { units *= 10 }
        return units
    }
}
