import ArkaCore
import GRDB

/// One change of a web user as the ledger records it: added with a role, given another role, a
/// new password, disabled or enabled again. A user is the fold of their changes; none is edited.
///
/// ```swift
/// let changes = try view.userChanges()
/// changes.first?.kind   // .added
/// ```
public struct UserChange: Sendable, Equatable {
    /// What the change did.
    public enum Kind: String, Sendable, CaseIterable {
        case added, role, password, disabled, enabled
    }

    /// The change's number, from 1.
    public var number: Int64
    /// The user's login name.
    public var name: String
    public var kind: Kind
    /// The role given (``Kind/added`` and ``Kind/role``).
    public var role: String?
    /// The bcrypt hash of the password set (``Kind/added`` and ``Kind/password``).
    public var passwordHash: String?
    public var changedBy: String
    /// When, as `2026-12-06T09:15:02Z`.
    public var changedAt: String

    public init(number: Int64 = 0, name: String, kind: Kind, role: String? = nil, passwordHash: String? = nil, changedBy: String, changedAt: String) {
        self.number = number
        self.name = name
        self.kind = kind
        self.role = role
        self.passwordHash = passwordHash
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}

extension LedgerTransaction {
    /// Records a change of a web user.
    /// - Returns: the change's number.
    /// - Throws: a database error.
    public func recordUserChange(_ change: UserChange) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO user_change (name, change, role, password_hash, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [change.name, change.kind.rawValue, change.role, change.passwordHash, change.changedBy, change.changedAt])
        return db.lastInsertedRowID
    }
}

extension LedgerView {
    /// Every change of the web users, in the order made; of one user when `name` is given.
    /// - Throws: a database error, or ``ArkaError/Kind/brokenJournal`` for a change the ledger cannot hold.
    public func userChanges(named name: String? = nil) throws -> [UserChange] {
        let sql = "SELECT id, name, change, role, password_hash, changed_by, changed_at FROM user_change"
            + (name == nil ? "" : " WHERE name = ?") + " ORDER BY id"
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(name.map { [$0] } ?? [])).map { row in
            let kindText: String = row[2]
            guard let kind = UserChange.Kind(rawValue: kindText) else {
                throw ArkaError(.brokenJournal, "a user change the ledger cannot hold", field: "user_change.change", value: kindText)
            }
            return UserChange(number: row[0], name: row[1], kind: kind, role: row[3], passwordHash: row[4], changedBy: row[5], changedAt: row[6])
        }
    }
}
