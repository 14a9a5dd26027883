import ArkaCore
import GRDB

/// A row of a register kept beside the journal that rests on one entry: what `arka show` lists
/// under an entry, so that a reader sees what a reversal of it would move.
public struct EntryRegisterRow: Sendable, Equatable {
    /// The registers that keep the entry that made each of their rows.
    public enum Register: String, Sendable, CaseIterable {
        case equipmentPurchase = "equipment purchase"
        case equipmentHandover = "equipment handover"
        case equipmentReturn = "equipment return"
        case grantAgreement = "grant agreement"
        case sale
        case stockMovement = "stock movement"
        case stockCount = "stock count"
        case cashCount = "cash count"
        case statementMatch = "bank statement line"
        case afterCount = "correction after a count"

        /// The query of the register's rows resting on an entry (`?` the entry's id): each row's
        /// key, the identifiers a reader finds the row by in its register.
        var sql: String {
            switch self {
            case .equipmentPurchase: "SELECT tag FROM equipment_item WHERE purchase_entry = ? ORDER BY tag"
            case .equipmentHandover: "SELECT tag || ' to agreement ' || agreement FROM equipment_handover WHERE entry_id = ? ORDER BY tag"
            case .equipmentReturn:
                "SELECT h.tag FROM equipment_return x JOIN equipment_handover h ON h.seq = x.handover WHERE x.entry_id = ? ORDER BY h.tag"
            case .grantAgreement: "SELECT agreement || ' ' || kind FROM grant_consumption WHERE entry_id = ? ORDER BY seq"
            case .sale: "SELECT product FROM sale_item WHERE entry_id = ? ORDER BY position"
            case .stockMovement: "SELECT product || ' ' || kind FROM stock_movement WHERE entry_id = ? ORDER BY position"
            case .stockCount: "SELECT product || ' on ' || date FROM stock_count WHERE entry_id = ? ORDER BY id"
            case .cashCount: "SELECT account || ' on ' || date FROM cash_count WHERE entry_id = ? ORDER BY id"
            case .statementMatch: "SELECT '#' || line_id FROM statement_match WHERE entry_id = ? ORDER BY line_id"
            case .afterCount: "SELECT 'count #' || count_id FROM after_count_write WHERE entry_id = ?"
            }
        }
    }

    public var register: Register
    /// The row's key in its register: a tag, a product, an agreement, a till and day, a line.
    public var key: String
}

extension LedgerView {
    /// Every row of a register that rests on entry `id`, register by register.
    ///
    /// ```swift
    /// try view.registerRows(of: "HO-HP-2023-01")   // [equipment handover "HP-01 to agreement IGA-07"]
    /// ```
    /// - Throws: a database error.
    public func registerRows(of id: String) throws -> [EntryRegisterRow] {
        try EntryRegisterRow.Register.allCases.flatMap { register in
            try String.fetchAll(db, sql: register.sql, arguments: [id]).map { EntryRegisterRow(register: register, key: $0) }
        }
    }
}
