import ArkaCore
import GRDB

extension LedgerView {
    /// Every recipient of the ledger, by code.
    public func grantRecipients() throws -> [GrantRecipient] {
        try Row.fetchAll(db, sql: "SELECT code, name, kind, tax_id, village FROM grant_recipient ORDER BY code").map { row in
            GrantRecipient(
                code: row[0], name: row[1], kind: GrantRecipient.Kind(rawValue: row[2]) ?? .smallBusiness, taxID: row[3],
                village: row[4])
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

    /// Every agreement approved by `asOf` (all when nil), with what consumed and released it by
    /// then, in date order.
    public func grantPositions(asOf: LedgerDate? = nil) throws -> [GrantPosition] {
        let day = asOf?.description ?? "9999-12-31"
        return try Row.fetchAll(
            db,
            sql: """
                SELECT a.number, a.recipient, a.scheme, a.amount, a.currency, a.date, a.conditions,
                       COALESCE((SELECT SUM(c.amount) FROM grant_consumption c WHERE c.agreement = a.number AND c.date <= ?1), 0),
                       x.released, x.date
                FROM grant_agreement a LEFT JOIN grant_cancellation x ON x.agreement = a.number AND x.date <= ?1
                WHERE a.date <= ?1
                ORDER BY a.date, a.number
                """, arguments: [day]
        ).map { row in
            let currency = try Currency(code: row[4])
            return GrantPosition(
                agreement: GrantAgreement(
                    number: row[0], recipient: row[1], scheme: row[2], amount: Money(minorUnits: row[3], currency: currency),
                    date: try LedgerDate.parse(row[5]), conditions: row[6]),
                consumed: Money(minorUnits: row[7], currency: currency),
                released: Money(minorUnits: (row[8] as Int64?) ?? 0, currency: currency),
                cancelledOn: try (row[9] as String?).map { try LedgerDate.parse($0) })
        }
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
                sql: "INSERT INTO grant_recipient (code, name, kind, tax_id, village) VALUES (?, ?, ?, ?, ?)",
                arguments: [recipient.code, recipient.name, recipient.kind.rawValue, recipient.taxID, recipient.village])
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

    /// Records a cancellation and what it released.
    public func addCancellation(agreement: String, date: LedgerDate, released: Money, reason: String, by user: String, at timestamp: String)
        throws
    {
        try db.execute(
            sql: """
                INSERT INTO grant_cancellation (agreement, date, released, reason, cancelled_by, cancelled_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [agreement, date.description, released.minorUnits, reason, user, timestamp])
    }
}
