import ArkaCore
import ArkaStore

/// The web face's users, kept in the ledger they may use: added, given a role or a password,
/// disabled and enabled on the record (``UserChange``), each change with who made it and when,
/// covered by `verify` like every register. The password arrives hashed: the ledger never
/// holds a password itself.
extension Ledger {
    /// The users of the ledger's web face, in the order they were added.
    ///
    /// ```swift
    /// for user in try ledger.users() { print(user.name, user.role, user.isDisabled) }
    /// ```
    /// - Throws: ``ArkaError/Kind/brokenJournal`` for a change the ledger cannot hold.
    public func users() throws -> [LedgerUser] {
        try LedgerUser.fold(try store.view { try $0.userChanges() })
    }

    /// The user signing in as `name`, or nil.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` for a change the ledger cannot hold.
    public func user(named name: String) throws -> LedgerUser? {
        try LedgerUser.fold(try store.view { try $0.userChanges(named: name) }).first
    }

    /// Adds a user with a role and the bcrypt hash of their password.
    ///
    /// ```swift
    /// try ledger.addUser("drita", role: .clerk, passwordHash: hash, signature: .now(user: "admin"))
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` for a name that is not a login name;
    ///   ``ArkaError/Kind/duplicate`` when the name is taken, in any case of its letters.
    public func addUser(_ name: String, role: UserRole, passwordHash: String, signature: Signature) throws {
        try Self.checkUserName(name)
        try store.transaction { transaction in
            // Names differing only in case would be one person to whoever reads the record.
            guard !(try LedgerUser.fold(try transaction.userChanges())).contains(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw ArkaError(.duplicate, "the ledger has a user with this name already", field: "name", value: name)
            }
            _ = try transaction.recordUserChange(
                UserChange(name: name, kind: .added, role: role.rawValue, passwordHash: passwordHash, changedBy: signature.user, changedAt: signature.timestamp))
        }
    }

    /// Gives a user a new password (its bcrypt hash).
    /// - Throws: ``ArkaError/Kind/unknownUser`` for a name the ledger has no user of.
    public func setPassword(of name: String, passwordHash: String, signature: Signature) throws {
        try changeUser(name, UserChange(name: name, kind: .password, passwordHash: passwordHash, changedBy: signature.user, changedAt: signature.timestamp))
    }

    /// Gives a user another role.
    /// - Throws: ``ArkaError/Kind/unknownUser``; ``ArkaError/Kind/duplicate`` when the user has that role.
    public func setRole(of name: String, to role: UserRole, signature: Signature) throws {
        try changeUser(name, UserChange(name: name, kind: .role, role: role.rawValue, changedBy: signature.user, changedAt: signature.timestamp)) { user in
            if user.role == role { throw ArkaError(.duplicate, "the user has this role already", field: "role", value: role.rawValue) }
        }
    }

    /// Disables a user: they can no longer sign in, and their sessions end at their next request.
    /// What they recorded stays theirs.
    /// - Throws: ``ArkaError/Kind/unknownUser``; ``ArkaError/Kind/duplicate`` when disabled already.
    public func disableUser(_ name: String, signature: Signature) throws {
        try changeUser(name, UserChange(name: name, kind: .disabled, changedBy: signature.user, changedAt: signature.timestamp)) { user in
            if user.isDisabled { throw ArkaError(.duplicate, "the user is disabled already", field: "name", value: name) }
        }
    }

    /// Enables a disabled user again.
    /// - Throws: ``ArkaError/Kind/unknownUser``; ``ArkaError/Kind/duplicate`` when not disabled.
    public func enableUser(_ name: String, signature: Signature) throws {
        try changeUser(name, UserChange(name: name, kind: .enabled, changedBy: signature.user, changedAt: signature.timestamp)) { user in
            if !user.isDisabled { throw ArkaError(.duplicate, "the user is not disabled", field: "name", value: name) }
        }
    }

    /// Records `change` of an existing user after `check` accepts the user as they are.
    private func changeUser(_ name: String, _ change: UserChange, check: (LedgerUser) throws -> Void = { _ in }) throws {
        try store.transaction { transaction in
            guard let user = try LedgerUser.fold(try transaction.userChanges(named: name)).first else {
                throw ArkaError(.unknownUser, "the ledger has no user of this name; arka user list shows them", field: "name", value: name)
            }
            try check(user)
            _ = try transaction.recordUserChange(change)
        }
    }

    /// A login name: 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.
    /// - Throws: ``ArkaError/Kind/badText``.
    static func checkUserName(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0)) }
        guard (1...64).contains(name.count), allowed, let first = name.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            throw ArkaError(.badText, "a user's name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit", field: "name", value: name)
        }
    }
}
