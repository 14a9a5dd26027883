import ArkaCore
import Foundation
import GRDB

/// Whether a SQLite file that carries Arka's application id is an Arka ledger, read before
/// anything is written to it: another program's file is refused, left exactly as it was.
///
/// A ledger records the migrations that made its schema (`grdb_migrations`). Arka's first
/// migration must be among them, none may be unknown to this arka (a newer one wrote it), and
/// before a migration is run, the file's tables must be exactly those Arka's recorded
/// migrations make.
///
/// ```swift
/// if try LedgerIdentity.check(queue, path: path) == .needsMigration { try migrator.migrate(queue) }
/// ```
enum LedgerIdentity {
    enum State: Equatable {
        /// Every migration of this arka is recorded.
        case current
        /// An older arka made the ledger: its tables are Arka's, and migrations are missing.
        case needsMigration
    }

    /// - Throws: ``ArkaError/Kind/notALedger`` for another program's file, or a ledger a newer
    ///   arka wrote; a database error when the file cannot be read.
    static func check(_ queue: DatabaseQueue, path: String) throws -> State {
        let location = SourceLocation(file: path)
        let (tables, applied) = try queue.read { db -> (Set<String>, [String]?) in
            let tables = try userTables(db)
            guard tables.contains("grdb_migrations") else { return (tables, nil) }
            return (tables, try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        let known = LedgerMigrator.migrator.migrations
        guard let applied, let first = known.first, applied.contains(first) else {
            throw ArkaError(
                .notALedger, "not an arka ledger: it carries Arka's application id, but its tables are another program's; it was left unchanged",
                location: location)
        }
        if applied.contains(where: { !known.contains($0) }) {
            throw ArkaError(.notALedger, "the ledger was written by a newer arka; upgrade arka to open it", location: location)
        }
        if Set(applied) == Set(known) { return .current }
        let expected = try tablesMade(by: applied)
        guard tables == expected else {
            var parts: [String] = []
            let missing = expected.subtracting(tables).sorted()
            let extra = tables.subtracting(expected).sorted()
            if !missing.isEmpty { parts.append("it lacks \(listed(missing))") }
            if !extra.isEmpty { parts.append("it has \(listed(extra)), which Arka never makes") }
            throw ArkaError(
                .notALedger,
                "not an arka ledger: it carries Arka's application id, but not an Arka ledger's tables (\(parts.joined(separator: "; "))); it was left unchanged",
                location: location)
        }
        return .needsMigration
    }

    /// The tables of the file, without SQLite's own (`sqlite_sequence`, `sqlite_stat1`).
    static func userTables(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'"))
    }

    /// The tables Arka's migrations make when `applied` (its first ones) are run on an empty file.
    static func tablesMade(by applied: [String]) throws -> Set<String> {
        let known = LedgerMigrator.migrator.migrations
        guard let last = known.last(where: { applied.contains($0) }) else { return [] }
        let scratch = try DatabaseQueue(configuration: LedgerStore.configuration)
        try LedgerMigrator.migrator.migrate(scratch, upTo: last)
        return try scratch.read { try userTables($0) }
    }

    /// `a, b, c` and how many more.
    private static func listed(_ names: [String]) -> Sentence {
        let shown = names.prefix(3).joined(separator: ", ")
        return names.count > 3 ? "\(shown) and \(names.count - 3) more" : Sentence(verbatim: shown)
    }
}
