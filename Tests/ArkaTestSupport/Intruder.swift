import Foundation
import GRDB

/// What an intruder does to a ledger with sqlite3, behind Arka's back: drops every trigger,
/// changes what it wants with foreign keys off (no Arka function defined), and writes the
/// triggers back with their own SQL, all in one transaction.
///
/// ```swift
/// try Intruder.change(path) { db in try db.execute(sql: "UPDATE posting SET amount = amount + 100 WHERE id = 65536") }
/// ```
public enum Intruder {
    /// Runs `attack` on the ledger at `path` with its triggers dropped, then puts them back
    /// (unless `keepingTriggersDropped`).
    /// - Throws: what SQLite or `attack` throws.
    public static func change(_ path: String, keepingTriggersDropped: Bool = false, _ attack: (Database) throws -> Void) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            try db.inTransaction {
                for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger[0] as String)") }
                try attack(db)
                if !keepingTriggersDropped {
                    for trigger in triggers { try db.execute(sql: trigger[1] as String) }
                }
                return .commit
            }
        }
        try queue.close()
    }
}
