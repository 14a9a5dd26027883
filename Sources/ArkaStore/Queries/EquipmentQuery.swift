import ArkaCore
import GRDB

extension LedgerView {
    /// The asset register: every item with its handover, by tag.
    public func equipment() throws -> [EquipmentRecord] {
        let base = try Currency(code: try String.fetchOne(db, sql: "SELECT value FROM ledger_setting WHERE key = 'base_currency'") ?? "EUR")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT i.tag, i.description, i.serial, i.supplier, i.invoice, i.nivf, i.purchase_date, i.amount, i.currency,
                       i.base_amount, i.rate, i.fund, i.budget_line, i.purchase_entry,
                       h.agreement, a.recipient, h.date, h.protocol, h.signatories, h.after_action_end
                FROM equipment_item i
                LEFT JOIN equipment_handover h ON h.tag = i.tag
                LEFT JOIN grant_agreement a ON a.number = h.agreement
                ORDER BY i.tag
                """
        ).map { row in
            let item = EquipmentItem(
                tag: row[0], description: row[1], serial: row[2], supplier: row[3], invoice: row[4], nivf: row[5],
                purchaseDate: try LedgerDate.parse(row[6]), cost: Money(minorUnits: row[7], currency: try Currency(code: row[8])),
                fund: row[11], budgetLine: row[12])
            var handover: EquipmentRecord.Handover?
            if let agreement: String = row[14] {
                handover = EquipmentRecord.Handover(
                    agreement: agreement, recipient: row[15] ?? "", date: try LedgerDate.parse(row[16]), protocolNumber: row[17],
                    signatories: row[18], afterActionEnd: row[19])
            }
            return EquipmentRecord(
                item: item, baseCost: Money(minorUnits: row[9], currency: base),
                rate: try (row[10] as String?).map { try ExchangeRate.parse($0) }, purchaseEntry: row[13], handover: handover)
        }
    }
}

extension LedgerTransaction {
    /// Adds an item to the register, bought by the journal entry `entryID`.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the tag is taken.
    public func addEquipment(_ item: EquipmentItem, baseCost: Money, rate: ExchangeRate?, entryID: String) throws {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM equipment_item WHERE tag = ?", arguments: [item.tag]) == nil else {
            throw ArkaError(.duplicate, "the register already has an item with this tag", field: "tag", value: item.tag)
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
    public func addHandover(tag: String, agreement: String, date: LedgerDate, protocol number: String, signatories: String,
                            afterActionEnd: Bool, entryID: String) throws {
        try db.execute(
            sql: """
                INSERT INTO equipment_handover (tag, agreement, date, protocol, signatories, after_action_end, entry_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [tag, agreement, date.description, number, signatories, afterActionEnd, entryID])
    }
}
