import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import PostgresNIO

/// An office's books as the centre holds them, made again as a ledger: the office's definition
/// and registers from its record log, its journal from the entries' canonical forms, by
/// pseudonym as they were sent. Every report an office makes (the budget, the donor workbooks)
/// is then made of it by the same functions, at the centre.
///
/// The replica is kept in a folder of the reader's (``defaultFolder(for:)``) and extended sync by
/// sync: the entries a sync sent are appended (hashed, linked and totalled as in any ledger, each
/// hash compared with the centre's), then its records are written and the sync is marked done,
/// in one transaction. An update cut short is taken up where it stopped. A replica whose last
/// sync is not the centre's any more (the centre made again) is made again.
///
/// ```swift
/// let books = try await CentralReplica.ledger(office: "FIER", in: centre, folder: CentralReplica.defaultFolder(for: address))
/// let budget = try books.budgetReport(asOf: nil, fund: nil)
/// ```
public enum CentralReplica {
    /// The settings that mark the syncs a replica holds: `centre.sync.000000000042`, the
    /// centre's head hash after that sync.
    static let syncMark = "centre.sync."

    /// Entries appended a transaction while a replica is extended.
    static let entriesPerTransaction = 10_000

    /// The folder of the replicas of the centre at `address`: `$XDG_CACHE_HOME/arka/centres/HOST-PORT-DATABASE`
    /// (`~/.cache` without it), or the system's temporary folder when there is no home.
    public static func defaultFolder(for address: CentralAddress) -> String {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.cache" } ?? NSTemporaryDirectory()
        let place = (address.host ?? address.socketFolder ?? "") + "-\(address.port)-" + address.database
        let name = String(place.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        return cache + "/arka/centres/" + name
    }

    /// The replica of office `office`, brought up to the centre's last sync of it, opened to read.
    /// - Throws: ``ArkaError/Kind/badSetting`` for an office the centre does not hold;
    ///   ``ArkaError/Kind/brokenJournal`` when an entry the centre holds does not read back as the
    ///   entry its hash covers; ``ArkaError/Kind/io`` with the server's sentence, or for a folder
    ///   that cannot be written.
    public static func ledger(office: String, in centre: CentralConnection, folder: String) async throws -> Ledger {
        try Ledger.open(at: try await path(office: office, in: centre, folder: folder), access: .read)
    }

    /// The file of the replica of office `office`, brought up to the centre's last sync of it.
    /// - Throws: what ``ledger(office:in:folder:)`` throws.
    public static func path(office: String, in centre: CentralConnection, folder: String) async throws -> String {
        let offices = try await CentralOffices.list(in: centre, only: office)
        guard let code = offices.first?.code, offices.count == 1 else {
            throw ArkaError(.badSetting, "name one office: its books are made again one office at a time", field: "--office", value: office)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ArkaError(.io, "cannot keep the offices' books at the centre in this folder: \(error.localizedDescription)", location: SourceLocation(file: folder))
        }
        let path = folder + "/" + code + ".arka"
        let lock = try FileLock(path + ".lock")
        defer { lock.release() }
        do {
            try await update(path, office: code, centre: centre)
        } catch let error where error is MadeAgain || (error as? ArkaError).map({ [.brokenJournal, .duplicate, .notALedger].contains($0.kind) }) == true {
            // A replica of another state of the centre (made again since, a table reshaped, the file changed): made anew, once.
            try removeReplica(path)
            try await update(path, office: code, centre: centre)
        }
        return path
    }

    /// Brings the replica at `path` up to the centre's last sync of `office`.
    static func update(_ path: String, office: String, centre: CentralConnection) async throws {
        let syncs = try await centre.rows(
            "SELECT number, last_seq, head_hash FROM arka.sync WHERE office = \(office) ORDER BY number"
        ).map { try $0.decode((Int64, Int64, String).self) }
        if !FileManager.default.fileExists(atPath: path) {
            // Marked as the office's books at the centre: they hold persons by pseudonym already.
            _ = try LedgerStore.create(at: path) { store in try store.transaction { try $0.addSettingIfMissing(Ledger.replicaSetting, office) } }
        }
        let store = try LedgerStore.open(at: path)
        let marks = try store.view { try $0.settings(prefixed: syncMark) }
        let held = marks.keys.compactMap { Int64($0.dropFirst(syncMark.count)) }.max() ?? 0
        // Not the centre's state any more: the replica is made anew.
        if held > 0, syncs.first(where: { $0.0 == held })?.2 != marks[mark(held)] { throw MadeAgain() }
        guard let target = syncs.last, target.0 > held else { return }
        try await appendEntries(to: store, office: office, through: target.1, centre: centre)
        try await writeRecords(to: store, office: office, after: held, syncs: syncs.filter { $0.0 > held && $0.0 <= target.0 }, centre: centre)
    }

    /// Appends the entries the centre holds of `office` after the replica's head, through entry
    /// `last`, a transaction per ten thousand: an update cut short goes on from the replica's head.
    /// - Throws: ``ArkaError/Kind/brokenJournal`` for an entry whose form does not read back as
    ///   the entry its hash covers.
    static func appendEntries(to store: LedgerStore, office: String, through last: Int64, centre: CentralConnection) async throws {
        let base = try await centre.rows("SELECT base_currency FROM arka.office WHERE code = \(office)").first.map { try $0.decode(String.self) } ?? ""
        let currency = try Currency(code: base)
        var next = try store.view { try $0.head() }.sequence + 1
        while next <= last {
            let end = min(last, next + Int64(entriesPerTransaction) - 1)
            var entries: [(sequence: Int64, id: String, form: [UInt8], hash: String)] = []
            var from = next
            while from <= end {
                let to = min(end, from + Int64(CentralSync.batch) - 1)
                entries += try await centre.rows(
                    "SELECT seq, id, canonical, hash FROM arka.entry WHERE office = \(office) AND seq BETWEEN \(from) AND \(to) ORDER BY seq"
                ).map { row in
                    let (sequence, id, form, hash) = try row.decode((Int64, String, ByteBuffer, String).self)
                    return (sequence, id, Array(form.readableBytesView), hash)
                }
                from = to + 1
            }
            try store.replicating { transaction in
                for held in entries {
                    let read = try? CanonicalForm.read(held.form, base: currency)
                    guard let read, read.sequence == held.sequence, transaction.currentHead.sequence + 1 == held.sequence,
                        try transaction.append(read.entry).hash == held.hash
                    else {
                        throw ArkaError(
                            .brokenJournal,
                            "the centre's entry #\(held.sequence) (\(held.id)) of office \(office) does not read back as the entry its hash covers: examine the centre with arka central verify",
                            field: "entry", value: held.id)
                    }
                }
            }
            next = end + 1
        }
    }

    /// Writes the records `syncs` sent (those after sync `held`) and marks the syncs held, in one
    /// transaction: a new replica (`held` 0) each table as its records leave it, an update each
    /// record in its order. The office's pseudonym key is left out (a centre before this version
    /// was sent it).
    /// - Throws: ``MadeAgain`` for a table whose columns changed at the office (the replica is
    ///   made anew); what ``LedgerTransaction/replicate(_:table:columns:row:)`` throws.
    static func writeRecords(to store: LedgerStore, office: String, after held: Int64, syncs: [(Int64, Int64, String)], centre: CentralConnection)
        async throws
    {
        guard let last = syncs.last?.0 else { return }
        let records = try await centre.rows(
            """
            SELECT seq, tbl, action, row::text FROM arka.record
            WHERE office = \(office) AND sync > \(held) AND sync <= \(last) ORDER BY seq
            """
        ).map { try $0.decode((Int64, String, String, String).self) }
        let withheld: Set = [Ledger.pseudonymKeySetting, Ledger.replicaSetting]
        if held == 0 {
            var replay = CentralRecords.Replay(office: office)
            for (sequence, table, action, row) in records { try replay.apply(sequence: sequence, table: table, action: action, row: row) }
            try store.replicating { transaction in
                for table in RecordLog.recordedTables {
                    guard let rows = replay.tables[table] else { continue }
                    for row in rows.rows {
                        if table == "ledger_setting", let key = row.values.first ?? nil, withheld.contains(key) { continue }
                        try transaction.replicate(.insert, table: table, columns: rows.columns, row: row.text)
                    }
                }
                try mark(syncs, in: transaction)
            }
            return
        }
        // Each record in the columns of its table's last reshape before it.
        var columns: [String: [String]] = [:]
        for row in try await centre.rows(
            """
            SELECT DISTINCT ON (tbl) tbl, row::text FROM arka.record
            WHERE office = \(office) AND action = 'reshape' AND tbl = ANY(\(Array(Set(records.map(\.1))))::text[]) AND sync <= \(held)
            ORDER BY tbl, seq DESC
            """)
        {
            let (table, list) = try row.decode((String, String).self)
            var replay = CentralRecords.Replay(office: office)
            try replay.apply(sequence: 0, table: table, action: RecordLog.Action.reshape.rawValue, row: list)
            columns[table] = replay.tables[table]?.columns
        }
        try store.replicating { transaction in
            for (_, table, action, row) in records {
                if let key = RecordLog.Record(sequence: 0, table: table, action: action, row: row).settingKey, withheld.contains(key) { continue }
                guard let kind = RecordLog.Action(rawValue: action) else { continue }
                guard kind != .reshape else { throw MadeAgain() }
                try transaction.replicate(kind, table: table, columns: columns[table] ?? [], row: row)
            }
            try mark(syncs, in: transaction)
        }
    }

    /// Thrown by an update that finds the replica is of another state of the centre: it is made anew.
    struct MadeAgain: Error {}

    /// Marks `syncs` held.
    static func mark(_ syncs: [(Int64, Int64, String)], in transaction: LedgerTransaction) throws {
        for (number, _, hash) in syncs { try transaction.addSettingIfMissing(mark(number), hash) }
    }

    /// The setting that marks sync `number` held.
    static func mark(_ number: Int64) -> String {
        syncMark + String(repeating: "0", count: max(0, 12 - String(number).count)) + String(number)
    }

    /// Removes a replica and SQLite's files beside it.
    static func removeReplica(_ path: String) throws {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            do {
                try FileManager.default.removeItem(atPath: file)
            } catch {
                throw ArkaError(.io, "cannot make the office's books at the centre again: \(error.localizedDescription)", location: SourceLocation(file: path))
            }
        }
    }
}
