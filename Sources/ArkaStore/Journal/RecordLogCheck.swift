import ArkaCore
import Foundation
import GRDB

extension LedgerView {
    /// The record log's last seal: the number of the last record it covers and its hash
    /// (``JournalHead/empty`` for a log with none).
    /// - Throws: a database error.
    public func recordHead() throws -> JournalHead {
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM record_seal ORDER BY seq DESC LIMIT 1") else {
            return .empty
        }
        return JournalHead(sequence: row[0], hash: row[1])
    }

    /// The hash the journal holds for entry `sequence` (the genesis hash for 0), or nil when the
    /// journal holds no such entry.
    /// - Throws: a database error.
    public func entryHash(at sequence: Int64) throws -> String? {
        sequence == 0 ? JournalHash.genesis : try String.fetchOne(db, sql: "SELECT hash FROM entry WHERE seq = ?", arguments: [sequence])
    }

    /// The hash of the seal that ends at record `sequence` (the genesis hash for 0), or nil when
    /// the log holds no such seal.
    /// - Throws: a database error.
    public func recordHash(at sequence: Int64) throws -> String? {
        sequence == 0 ? RecordLog.genesis : try String.fetchOne(db, sql: "SELECT hash FROM record_seal WHERE seq = ?", arguments: [sequence])
    }

    /// What is wrong with the record log, first problem first: every record's hash and link
    /// recomputed, every anchor found in the journal, and every recorded table compared with the
    /// log's replay (``RecordLog``). Empty when every row beside the journal is as recorded.
    ///
    /// ```swift
    /// let problems = try store.read { try LedgerView($0).recordLogProblems() }
    /// ```
    /// - Throws: a database error other than a missing table or column (those are problems).
    public func recordLogProblems() throws -> [String] {
        var problems = try recordChainProblems()
        for table in RecordLog.recordedTables {
            problems += try replayProblems(table)
        }
        return problems
    }

    /// A row as a message quotes it: at most 80 characters.
    static func shortRow(_ row: String) -> String {
        row.count <= 80 ? row : row.prefix(79) + "…"
    }

    /// Every seal recomputed from its records and linked to the one before, every anchor found
    /// in the journal, and the records no seal covers named.
    private func recordChainProblems() throws -> [String] {
        var problems: [String] = []
        var previous = JournalHead.empty
        var anchor = JournalHead.empty
        var anchors: [JournalHead] = []
        let records = try Row.fetchCursor(db, sql: "SELECT seq, tbl, action, row FROM record_log ORDER BY seq")
        var pending = try records.next()
        let seals = try Row.fetchAll(db, sql: "SELECT seq, first, journal_seq, journal_hash, prev_hash, hash FROM record_seal ORDER BY seq")
        for seal in seals {
            let last: Int64 = seal[0]
            let first: Int64 = seal[1]
            let journal = JournalHead(sequence: seal[2], hash: seal[3])
            let previousHash: String = seal[4]
            let name = "the seal of records #\(first)...#\(last)"
            if first != previous.sequence + 1 || last < first {
                problems.append(tr("\(name) follows the seal of record #\(previous.sequence): seals were removed or rewritten"))
            }
            if previousHash != previous.hash {
                problems.append(tr("\(name) does not link to the seal before it: the record log was rewritten"))
            }
            var hasher = RecordLog.SealHasher(previous: previousHash, first: first, last: last, journal: journal)
            var expected = first
            var gap = false
            while let row = pending, (row[0] as Int64) <= last {
                let sequence: Int64 = row[0]
                if sequence != expected { gap = true }
                expected = sequence + 1
                try hasher.add(logRow: row)
                pending = try records.next()
            }
            if gap || expected != last + 1 {
                problems.append(tr("records of \(name) were removed"))
            } else if hasher.finish() != seal[5] as String {
                problems.append(tr("records of \(name) were changed after they were written: their hash does not match the seal"))
            }
            if journal.sequence < anchor.sequence {
                problems.append(tr("\(name) names journal entry #\(journal.sequence), before the #\(anchor.sequence) of the seal before it"))
            } else if journal != anchor {
                anchor = journal
                anchors.append(journal)
            }
            previous = JournalHead(sequence: last, hash: seal[5])
        }
        if let row = pending {
            let count = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM record_log WHERE seq >= ?", arguments: [row[0] as Int64]) ?? 0
            let first = "\(row[0] as Int64) (\(row[1] as String) \(row[2] as String) \(Self.shortRow(row[3])))"
            problems.append(
                tr(
                    Sentence.plural(
                        count, "1 record was written by another program, not arka: no seal covers record #\(first)",
                        "\(count) records were written by another program, not arka: no seal covers record #\(first)")))
        }
        // Each anchor is the journal's head when its records were sealed: the journal still holds
        // that entry, with that hash.
        for anchor in anchors where try entryHash(at: anchor.sequence) != anchor.hash {
            let found = try entryHash(at: anchor.sequence)
            problems.append(
                found == nil
                    ? tr("the record log was sealed when the journal ended at entry #\(anchor.sequence), which the journal no longer holds: entries were removed")
                    : tr("entry #\(anchor.sequence) is not the one the record log's seal saw: the journal was rewritten"))
            break
        }
        return problems
    }

    /// The rows of `table` that are not as the log's replay says (changed, added or removed
    /// outside Arka), by the first one found each way.
    func replayProblems(_ table: String) throws -> [String] {
        let shape: RecordLog.TableShape
        do {
            shape = try RecordLog.TableShape(table, in: db)
        } catch {
            return ["the table \(table) cannot be read: \(error)"]
        }
        if shape.columns.isEmpty { return ["the table \(table) was removed outside arka"] }
        guard
            let reshape = try Row.fetchOne(
                db, sql: "SELECT seq, row FROM record_log WHERE tbl = ? AND action = 'reshape' ORDER BY seq DESC LIMIT 1", arguments: [table])
        else { return ["the table \(table) has no record in the record log: its records were removed"] }
        let since: Int64 = reshape[0]
        if reshape[1] != shape.columnList {
            return ["the columns of \(table) are \(shape.columnList), not the \(reshape[1] as String) recorded by record #\(since): the table was changed outside arka"]
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                WITH logged AS (
                    SELECT row, SUM(CASE action WHEN 'insert' THEN 1 ELSE -1 END) AS n, MAX(seq) AS seq
                    FROM record_log WHERE tbl = ? AND seq > ? AND action <> 'reshape' GROUP BY row),
                present AS (
                    SELECT \(shape.rowExpression(prefix: "")) AS row, COUNT(*) AS n FROM \(table)
                    WHERE \(shape.filter(prefix: "")) GROUP BY row),
                unrecorded AS (SELECT row, n FROM present EXCEPT SELECT row, n FROM logged WHERE n <> 0),
                missing AS (SELECT row, n FROM logged WHERE n <> 0 EXCEPT SELECT row, n FROM present)
                SELECT * FROM (SELECT 0, row, NULL FROM unrecorded ORDER BY row LIMIT 1000)
                UNION ALL
                SELECT * FROM (SELECT 1, m.row, l.seq FROM missing AS m JOIN logged AS l USING (row) ORDER BY l.seq LIMIT 1000)
                """, arguments: [table, since])
        guard !rows.isEmpty else { return [] }
        let unrecorded = rows.filter { $0[0] == 0 }.map { $0[1] as String }
        let missing = rows.filter { $0[0] == 1 }.map { (row: $0[1] as String, seq: $0[2] as Int64) }
        // A row changed in place shows as a row the log lacks and a row the table lacks, with the
        // same key: it is named by its key and the first column that differs.
        let keyOf = { (row: String) in shape.key(of: row) }
        if let changed = unrecorded.first, let key = keyOf(changed), let was = missing.first(where: { keyOf($0.row) == key }) {
            let difference = shape.firstDifference(was.row, changed).map { " (\($0.column) \($0.was) recorded by record #\(was.seq), now \($0.now))" } ?? ""
            return ["the \(table) row \(key) was changed outside arka\(difference)"]
        }
        if let removed = missing.first {
            let key = keyOf(removed.row) ?? Self.shortRow(removed.row)
            return ["the \(table) row \(key) recorded by record #\(removed.seq) was removed outside arka"]
        }
        let added = unrecorded[0]
        return ["the \(table) row \(keyOf(added) ?? Self.shortRow(added)) is not in the record log: it was added outside arka"]
    }

    /// Triggers that are not as Arka wrote them: an append-only guard or a record-log trigger
    /// removed or replaced (its SQL compared, not only its name), or a trigger Arka did not write.
    ///
    /// ```swift
    /// let problems = try store.read { try LedgerView($0).triggerProblems() }
    /// ```
    /// - Throws: a database error.
    public func triggerProblems() throws -> [String] {
        var expected: [(name: String, sql: String)] = []
        for table in LedgerMigrator.appendOnlyTables + RecordLog.guardedByRecordLog {
            for action in ["UPDATE", "DELETE"] {
                expected.append(("\(table)_append_only_\(action.lowercased())", AppendOnlyGuard.trigger(table: table, action: action)))
            }
        }
        for (sql, action) in zip(AppendOnlyGuard.settingsTriggers, ["update", "delete"]) {
            expected.append(("ledger_setting_append_only_\(action)", sql))
        }
        var recordTriggers: [(name: String, sql: String)] = []
        for table in RecordLog.recordedTables {
            let shape = try RecordLog.TableShape(table, in: db)
            for (sql, action) in zip(shape.triggers, ["insert", "update", "delete"]) {
                recordTriggers.append(("\(table)_record_\(action)", sql))
            }
        }
        let present = Dictionary(
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").map { ($0[0] as String, $0[1] as String? ?? "") },
            uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for (kind, triggers) in [("append-only guards of the journal", expected), ("triggers of the record log", recordTriggers)] {
            let missing = triggers.filter { present[$0.name] == nil }.map(\.name)
            if !missing.isEmpty { problems.append(tr("the \(kind) were removed: \(missing.joined(separator: ", "))")) }
            let replaced = triggers.filter { trigger in present[trigger.name].map { Self.normalised($0) != Self.normalised(trigger.sql) } ?? false }
                .map(\.name)
            if !replaced.isEmpty {
                problems.append(tr("the \(kind) were replaced by triggers that are not arka's: \(replaced.joined(separator: ", "))"))
            }
        }
        let known = Set((expected + recordTriggers).map(\.name))
        let strangers = present.keys.filter { !known.contains($0) }.sorted()
        if !strangers.isEmpty {
            problems.append(tr("the ledger holds triggers arka did not write: \(strangers.joined(separator: ", "))"))
        }
        return problems
    }

    /// SQL with its runs of white space made one space and no final semicolon: SQLite keeps a
    /// trigger's text as it was written.
    static func normalised(_ sql: String) -> String {
        // Byte by byte: SQL's white space is ASCII (space, tab, line feed, form feed, carriage
        // return), and every write compares every trigger's text.
        var out: [UInt8] = []
        out.reserveCapacity(sql.utf8.count)
        var space = false
        for byte in sql.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(byte)
        }
        while out.last == UInt8(ascii: ";") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

extension LedgerView {
    /// Calls `body` with each record of the log numbered from `first` to `last`, in order, of
    /// the tables in `tables` only.
    ///
    /// ```swift
    /// try view.forEachRecord(in: 1...head.sequence, of: ["equipment_item"]) { print($0.row) }
    /// ```
    /// - Throws: a database error, or what `body` throws.
    public func forEachRecord(in range: ClosedRange<Int64>, of tables: Set<String>, _ body: (RecordLog.Record) throws -> Void) throws {
        let records = try Row.fetchCursor(
            db, sql: "SELECT seq, tbl, action, row FROM record_log WHERE seq BETWEEN ? AND ? ORDER BY seq",
            arguments: [range.lowerBound, range.upperBound])
        while let row = try records.next() {
            let table: String = row[1]
            guard tables.contains(table) else { continue }
            try body(RecordLog.Record(sequence: row[0], table: table, action: row[2], row: row[3]))
        }
    }
}
