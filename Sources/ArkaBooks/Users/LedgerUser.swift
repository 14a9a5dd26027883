import ArkaCore
import ArkaStore

/// What a person signed in to the web face may do with one ledger.
///
/// The roles follow who works with the books: the finance officer writes the project's books,
/// the grant committee scores calls, the shop's clerk records sales, expenses and cash counts,
/// and the auditor or donor looks and downloads (fava's `--read-only`). Names of applicants and
/// recipients are shown to the roles that need them only (``seesNames``).
///
/// ```swift
/// let role = try UserRole.parse("clerk", field: "--role")
/// role.seesNames   // false
/// ```
public enum UserRole: String, Sendable, CaseIterable, Comparable {
    /// Every page and every write, and the users.
    case admin
    /// Every write of the books: entries, grants, equipment, the shop.
    case officer
    /// Calls, scores and rankings; reads the books.
    case committee
    /// The shop's sales, expenses and cash counts only.
    case clerk
    /// Reads every page and downloads the workbooks; writes nothing.
    case viewer

    /// Whether the role sees the names of applicants and recipients (and may ask for named
    /// workbooks); the others see pseudonyms, as an export shows them.
    public var seesNames: Bool { self == .admin || self == .officer }

    /// The role a code names.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming `field` and the roles there are.
    public static func parse(_ text: String, field: String) throws -> UserRole {
        guard let role = UserRole(rawValue: text.lowercased()) else {
            throw ArkaError(.badSetting, "a role is admin, officer, committee, clerk or viewer", field: field, value: text)
        }
        return role
    }

    public static func < (lhs: UserRole, rhs: UserRole) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A person who signs in to a ledger's web face: the fold of their recorded changes
/// (``UserChange``).
///
/// ```swift
/// let users = try ledger.users()
/// users.first { $0.name == "drita" }?.role   // .clerk
/// ```
public struct LedgerUser: Sendable, Equatable {
    /// The login name.
    public var name: String
    public var role: UserRole
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// Whether the user may not sign in.
    public var isDisabled: Bool
    /// Who added the user, and when (`2026-12-06T09:15:02Z`).
    public var addedBy: String
    public var addedAt: String
    /// When the user's last change was made.
    public var changedAt: String

    /// The users the changes make, in the order they were added.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` for a change the ledger cannot hold.
    static func fold(_ changes: [UserChange]) throws -> [LedgerUser] {
        var users: [LedgerUser] = []
        var index: [String: Int] = [:]
        for change in changes {
            func broken() -> ArkaError {
                ArkaError(.brokenJournal, "a user change the ledger cannot hold", field: "user_change", value: "\(change.number)")
            }
            if change.kind == .added {
                guard index[change.name] == nil, let role = change.role.flatMap(UserRole.init(rawValue:)), let hash = change.passwordHash else { throw broken() }
                index[change.name] = users.count
                users.append(
                    LedgerUser(
                        name: change.name, role: role, passwordHash: hash, isDisabled: false, addedBy: change.changedBy, addedAt: change.changedAt,
                        changedAt: change.changedAt))
                continue
            }
            guard let at = index[change.name] else { throw broken() }
            switch change.kind {
            case .added: break
            case .role:
                guard let role = change.role.flatMap(UserRole.init(rawValue:)) else { throw broken() }
                users[at].role = role
            case .password:
                guard let hash = change.passwordHash else { throw broken() }
                users[at].passwordHash = hash
            case .disabled: users[at].isDisabled = true
            case .enabled: users[at].isDisabled = false
            }
            users[at].changedAt = change.changedAt
        }
        return users
    }
}
