import ArkaCore
import GRDB

extension LedgerView {
    /// The handovers that stand on `day` (every one when nil): dated by then, their entry not
    /// reversed by then, and not returned by a return that stands by then.
    ///
    /// The one definition of a standing handover, shared by the register, the agreements'
    /// consumption and `arka verify`. `?1` is the day, written `YYYY-MM-DD`.
    static let standingHandovers = """
        SELECT h.seq, h.tag, h.agreement, h.date, h.protocol, h.signatories, h.after_action_end, h.entry_id
        FROM equipment_handover h
        WHERE h.date <= ?1
          AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses = h.entry_id AND r.date <= ?1)
          AND NOT EXISTS (
              SELECT 1 FROM equipment_return x
              WHERE x.handover = h.seq AND x.date <= ?1
                AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses = x.entry_id AND r.date <= ?1))
        """

    /// The asset register: every item with where it stands now, by tag. An item whose handover
    /// was reversed or returned is in stock again; one whose purchase was reversed is not.
    /// - Throws: a database error, or ``ArkaError`` for a stored currency or date that is not one.
    public func equipment() throws -> [EquipmentRecord] {
        let base = try Currency(code: try String.fetchOne(db, sql: "SELECT value FROM ledger_setting WHERE key = 'base_currency'") ?? "EUR")
        return try Row.fetchAll(
            db,
            sql: """
                WITH standing AS (\(Self.standingHandovers))
                SELECT i.tag, i.description, i.serial, i.supplier, i.invoice, i.nivf, i.purchase_date, i.amount, i.currency,
                       i.base_amount, i.rate, i.fund, i.budget_line, i.purchase_entry,
                       h.agreement, a.recipient, h.date, h.protocol, h.signatories, h.after_action_end, h.seq, h.entry_id,
                       (SELECT r.id FROM entry r WHERE r.reverses = i.purchase_entry)
                FROM equipment_item i
                LEFT JOIN standing h ON h.tag = i.tag
                LEFT JOIN grant_agreement a ON a.number = h.agreement
                ORDER BY i.tag
                """, arguments: ["9999-12-31"]
        ).map { row in
            let item = EquipmentItem(
                tag: row[0], description: row[1], serial: row[2], supplier: row[3], invoice: row[4], nivf: row[5],
                purchaseDate: try LedgerDate.parse(row[6]), cost: Money(minorUnits: row[7], currency: try Currency(code: row[8])),
                fund: row[11], budgetLine: row[12])
            var handover: EquipmentRecord.Handover?
            if let agreement: String = row[14] {
                handover = EquipmentRecord.Handover(
                    sequence: row[20], entryID: row[21], agreement: agreement, recipient: row[15] ?? "", date: try LedgerDate.parse(row[16]),
                    protocolNumber: row[17], signatories: row[18], afterActionEnd: row[19])
            }
            return EquipmentRecord(
                item: item, baseCost: Money(minorUnits: row[9], currency: base),
                rate: try (row[10] as String?).map { try ExchangeRate.parse($0) }, purchaseEntry: row[13], purchaseReversal: row[22],
                handover: handover)
        }
    }

    /// The base cost of the items each agreement's standing handovers gave on `day` (all when nil).
    /// - Throws: a database error.
    public func handedOverCost(asOf day: LedgerDate? = nil) throws -> [String: Money] {
        let base = try baseCurrency()
        var costs: [String: Money] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                WITH standing AS (\(Self.standingHandovers))
                SELECT h.agreement, SUM(i.base_amount) FROM standing h JOIN equipment_item i ON i.tag = h.tag GROUP BY h.agreement
                """, arguments: [day?.description ?? "9999-12-31"])
        {
            let agreement: String = row[0]
            costs[agreement] = try row.money(1, currency: base, "the equipment handed over under \(agreement)")
        }
        return costs
    }

    /// The entries the equipment register rests on: purchases, handovers and returns, with the
    /// reversals of any of them.
    /// - Throws: a database error.
    public func equipmentEntryIDs() throws -> Set<String> {
        let ids = try String.fetchAll(
            db,
            sql: """
                WITH own(id) AS (
                    SELECT purchase_entry FROM equipment_item
                    UNION SELECT entry_id FROM equipment_handover
                    UNION SELECT entry_id FROM equipment_return)
                SELECT id FROM own UNION SELECT r.id FROM entry r JOIN own ON r.reverses = own.id
                """)
        return Set(ids)
    }
}

extension LedgerTransaction {
    /// Adds an item to the register, bought by the journal entry `entryID`.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the tag is taken, by an item in the register
    ///   or by one whose purchase was reversed (a tag stays with the item it was first given).
    public func addEquipment(_ item: EquipmentItem, baseCost: Money, rate: ExchangeRate?, entryID: String) throws {
        if let entry = try String.fetchOne(db, sql: "SELECT purchase_entry FROM equipment_item WHERE tag = ?", arguments: [item.tag]) {
            let reversal = try String.fetchOne(db, sql: "SELECT id FROM entry WHERE reverses = ?", arguments: [entry])
            throw ArkaError(
                .duplicate,
                reversal.map { "the tag was given to an item bought by \(entry), reversed by \($0); a tag is never given twice: label the item anew" }
                    ?? "the register already has an item with this tag",
                field: "tag", value: item.tag)
        }
        try db.execute(
            sql: """
                INSERT INTO equipment_item (tag, description, serial, supplier, invoice, nivf, purchase_date, amount, currency,
                                            base_amount, rate, fund, budget_line, purchase_entry)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                item.tag, item.description, item.serial, item.supplier, item.invoice, item.nivf, item.purchaseDate.description,
                item.cost.minorUnits, item.cost.currency.code, baseCost.minorUnits, rate?.description, item.fund, item.budgetLine,
                entryID,
            ])
    }

    /// Records the handover of an item, made by the journal entry `entryID`.
    /// - Throws: a database error.
    public func addHandover(tag: String, agreement: String, date: LedgerDate, protocol number: String, signatories: String,
                            afterActionEnd: Bool, entryID: String) throws {
        try db.execute(
            sql: """
                INSERT INTO equipment_handover (tag, agreement, date, protocol, signatories, after_action_end, entry_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [tag, agreement, date.description, number, signatories, afterActionEnd, entryID])
    }

    /// Records that the item of handover `handover` came back to stock, by the journal entry `entryID`.
    /// - Throws: a database error.
    public func addReturn(handover: Int64, date: LedgerDate, reason: String, entryID: String, by user: String, at timestamp: String) throws {
        try db.execute(
            sql: """
                INSERT INTO equipment_return (handover, date, reason, entry_id, returned_by, returned_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [handover, date.description, reason, entryID, user, timestamp])
    }
}
