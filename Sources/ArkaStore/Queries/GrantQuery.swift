import ArkaCore
import GRDB

extension LedgerView {
    /// Every recipient of the ledger, by code.
    public func grantRecipients() throws -> [GrantRecipient] {
        try Row.fetchAll(db, sql: "SELECT code, name, kind, tax_id, village, legal_entity FROM grant_recipient ORDER BY code").map { row in
            GrantRecipient(
                code: row[0], name: row[1], kind: GrantRecipient.Kind(rawValue: row[2]) ?? .smallBusiness, taxID: row[3],
                village: row[4], legalEntity: row[5])
        }
    }

    /// Every scheme of the ledger, by code.
    public func grantSchemes() throws -> [GrantScheme] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT code, name, kind, fund, budget_line, expense_account, currency, minimum, maximum, cap, envelope
                FROM grant_scheme ORDER BY code
                """
        ).map { row in
            let currency = try Currency(code: row[6])
            func money(_ value: Int64?) -> Money? { value.map { Money(minorUnits: $0, currency: currency) } }
            return GrantScheme(
                code: row[0], name: row[1], kind: GrantScheme.Kind(rawValue: row[2]) ?? .cash, fund: row[3], budgetLine: row[4],
                expenseAccount: row[5], minimum: money(row[7]), maximum: money(row[8]),
                capPerRecipient: Money(minorUnits: row[9], currency: currency), envelope: money(row[10]))
        }
    }

    /// Every agreement approved by `asOf` (all when nil), with what it consumed by then and its
    /// closure, in date order.
    ///
    /// Consumption is derived from the journal: the tranches whose entry was not reversed by
    /// then, and the base cost of the items whose handover still stands (``standingHandovers``).
    /// - Throws: a database error, or ``ArkaError`` for a stored value that does not read back.
    public func grantPositions(asOf: LedgerDate? = nil) throws -> [GrantPosition] {
        let day = asOf?.description ?? "9999-12-31"
        let handedOver = try handedOverCost(asOf: asOf)
        return try Row.fetchAll(
            db,
            sql: """
                SELECT a.number, a.recipient, a.scheme, a.amount, a.currency, a.date, a.conditions,
                       COALESCE((SELECT SUM(c.amount) FROM grant_consumption c
                                 WHERE c.agreement = a.number AND c.kind = 'disbursement' AND c.date <= ?1
                                   AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses = c.entry_id AND r.date <= ?1)), 0),
                       x.kind, x.date
                FROM grant_agreement a LEFT JOIN grant_cancellation x ON x.agreement = a.number AND x.date <= ?1
                WHERE a.date <= ?1
                ORDER BY a.date, a.number
                """, arguments: [day]
        ).map { row in
            let currency = try Currency(code: row[4])
            let number: String = row[0]
            let disbursed = try row.money(7, currency: currency, "what agreement \(number) disbursed")
            // An agreement is made in the base currency, in which its items are costed.
            let consumed: Money
            do {
                consumed = try disbursed.adding(try handedOver[number]?.restated(in: currency) ?? .zero(currency))
            } catch let error as ArkaError where error.kind == .overflow {
                throw ArkaError(.overflow, "what agreement \(number) consumed is too large to hold exactly", field: "agreement", value: number)
            }
            var closure: GrantPosition.Closure?
            if let kind: String = row[8] {
                closure = GrantPosition.Closure(kind: kind == "completed" ? .completed : .cancelled, date: try LedgerDate.parse(row[9]))
            }
            return GrantPosition(
                agreement: GrantAgreement(
                    number: number, recipient: row[1], scheme: row[2], amount: Money(minorUnits: row[3], currency: currency),
                    date: try LedgerDate.parse(row[5]), conditions: row[6]),
                consumed: consumed, closure: closure)
        }
    }

    /// The entries each agreement rests on: its tranches and handovers, the returns of its
    /// items, and the reversals of any of them, by agreement number.
    /// - Throws: a database error.
    public func agreementEntryIDs() throws -> [String: Set<String>] {
        var ids: [String: Set<String>] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                WITH own(agreement, id) AS (
                    SELECT agreement, entry_id FROM grant_consumption
                    UNION SELECT agreement, entry_id FROM equipment_handover
                    UNION SELECT h.agreement, x.entry_id FROM equipment_return x JOIN equipment_handover h ON h.seq = x.handover)
                SELECT agreement, id FROM own UNION SELECT own.agreement, r.id FROM entry r JOIN own ON r.reverses = own.id
                """)
        {
            ids[row[0], default: []].insert(row[1])
        }
        return ids
    }

    /// How many times an agreement has been consumed, to number the next entry.
    public func consumptionCount(of agreement: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grant_consumption WHERE agreement = ?", arguments: [agreement]) ?? 0
    }
}

extension LedgerTransaction {
    /// Stores the recipients and schemes of a ledger's definition.
    public func saveGrantDefinition(recipients: [GrantRecipient], schemes: [GrantScheme]) throws {
        for recipient in recipients {
            try db.execute(
                sql: "INSERT INTO grant_recipient (code, name, kind, tax_id, village, legal_entity) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [recipient.code, recipient.name, recipient.kind.rawValue, recipient.taxID, recipient.village, recipient.legalEntity])
        }
        for scheme in schemes {
            try db.execute(
                sql: """
                    INSERT INTO grant_scheme (code, name, kind, fund, budget_line, expense_account, currency, minimum, maximum, cap, envelope)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    scheme.code, scheme.name, scheme.kind.rawValue, scheme.fund, scheme.budgetLine, scheme.expenseAccount,
                    scheme.capPerRecipient.currency.code, scheme.minimum?.minorUnits, scheme.maximum?.minorUnits,
                    scheme.capPerRecipient.minorUnits, scheme.envelope?.minorUnits,
                ])
        }
    }

    /// Records an approved agreement, after the engine has checked it.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the number is taken.
    public func addAgreement(_ agreement: GrantAgreement, by user: String, at timestamp: String) throws {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM grant_agreement WHERE number = ?", arguments: [agreement.number]) == nil else {
            throw ArkaError(.duplicate, "the ledger already has an agreement with this number", field: "number", value: agreement.number)
        }
        try db.execute(
            sql: """
                INSERT INTO grant_agreement (number, recipient, scheme, amount, currency, date, conditions, approved_by, approved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                agreement.number, agreement.recipient, agreement.scheme, agreement.amount.minorUnits,
                agreement.amount.currency.code, agreement.date.description, agreement.conditions, user, timestamp,
            ])
    }

    /// Records that a journal entry paid or handed over part of an agreement.
    public func addConsumption(
        agreement: String, kind: String, date: LedgerDate, amount: Money, reference: String, entryID: String
    ) throws {
        try db.execute(
            sql: "INSERT INTO grant_consumption (agreement, kind, date, amount, reference, entry_id) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [agreement, kind, date.description, amount.minorUnits, reference, entryID])
    }

    /// Records the closure of an agreement, as cancelled or completed, and what it released then.
    /// - Throws: a database error.
    public func addClosure(
        agreement: String, kind: GrantPosition.Closure.Kind, date: LedgerDate, released: Money, reason: String, by user: String,
        at timestamp: String
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO grant_cancellation (agreement, date, released, reason, cancelled_by, cancelled_at, kind)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [agreement, date.description, released.minorUnits, reason, user, timestamp, kind.rawValue])
    }
}
