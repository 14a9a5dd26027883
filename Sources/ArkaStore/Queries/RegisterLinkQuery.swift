import ArkaCore
import GRDB

/// What the registers kept beside the journal hold of one entry: what its reversal would move
/// or leave behind. The engine reads it before it reverses an entry, so that no register is
/// left resting on an entry that no longer stands.
public struct RegisterLinks: Sendable {
    /// An item the entry bought, with the entry of the handover that now stands for it, if any.
    public var purchasedItems: [(tag: String, handedOverBy: String?)]
    /// An item the entry handed over, with the entry of the return that now stands for it, if any.
    public var handedOverItems: [(tag: String, returnedBy: String?)]
    /// An item the entry returned to stock, with the entry of a later handover that now stands, if any.
    public var returnedItems: [(tag: String, handedOverAgainBy: String?)]
    /// The cash count whose difference the entry posts: its date and till.
    public var cashCount: (date: String, account: String)?
    /// Bank statement lines matched to the entry.
    public var matchedStatementLines: [Int64]

}

extension LedgerView {
    /// What the registers hold of entry `id` (see ``RegisterLinks``).
    ///
    /// ```swift
    /// let links = try view.registerLinks(of: "PUR-AF-2023-311")
    /// links.purchasedItems.first?.handedOverBy   // "HO-HP-2023-01" while that handover stands
    /// ```
    /// - Throws: a database error.
    public func registerLinks(of id: String) throws -> RegisterLinks {
        let standing = "WITH standing AS (\(Self.standingHandovers))"
        let purchased = try Row.fetchAll(
            db,
            sql: "\(standing) SELECT i.tag, h.entry_id FROM equipment_item i LEFT JOIN standing h ON h.tag = i.tag WHERE i.purchase_entry = ?2 ORDER BY i.tag",
            arguments: ["9999-12-31", id]
        ).map { (tag: $0[0] as String, handedOverBy: $0[1] as String?) }
        let handedOver = try Row.fetchAll(
            db,
            sql: """
                SELECT h.tag, (SELECT x.entry_id FROM equipment_return x WHERE x.handover = h.seq
                                 AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses = x.entry_id))
                FROM equipment_handover h WHERE h.entry_id = ? ORDER BY h.tag
                """, arguments: [id]
        ).map { (tag: $0[0] as String, returnedBy: $0[1] as String?) }
        let returned = try Row.fetchAll(
            db,
            sql: """
                \(standing)
                SELECT h.tag, (SELECT s.entry_id FROM standing s WHERE s.tag = h.tag AND s.seq > h.seq)
                FROM equipment_return x JOIN equipment_handover h ON h.seq = x.handover WHERE x.entry_id = ?2 ORDER BY h.tag
                """, arguments: ["9999-12-31", id]
        ).map { (tag: $0[0] as String, handedOverAgainBy: $0[1] as String?) }
        let count = try Row.fetchOne(db, sql: "SELECT date, account FROM cash_count WHERE entry_id = ?", arguments: [id])
            .map { (date: $0[0] as String, account: $0[1] as String) }
        let lines = try Int64.fetchAll(db, sql: "SELECT line_id FROM statement_match WHERE entry_id = ? ORDER BY line_id", arguments: [id])
        return RegisterLinks(
            purchasedItems: purchased, handedOverItems: handedOver, returnedItems: returned, cashCount: count,
            matchedStatementLines: lines)
    }
}
