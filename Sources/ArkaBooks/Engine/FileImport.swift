import ArkaCore
import Synchronization

/// The one way a file comes into the ledger, whatever it holds (entries, sales, expenses,
/// agreements, tranches, equipment, bank statement lines, stock, cash counts, rates, budget
/// revisions, a definition's files): read through ``CSVTable`` (where an import profile plugs
/// in), checked row by row, written in one transaction, and refused whole when any row has a
/// problem, naming every problem (the first ``ProblemList/reportedLimit`` of them, in line
/// order; the rest counted) with its file, line, field and value.
///
/// Two drives share it, and ``ProblemList`` keeps the problems of both:
///
/// - ``stream(_:reader:capacity:write:)``, for files of any length (postings, sales): an
///   ``ImportReader`` on a thread of its own turns the rows into checked batches, handed
///   through a ``BoundedQueue`` to the transaction's thread, which writes them. Memory stays
///   flat; reading and writing overlap.
/// - ``CSVTable/readRows(path:required:optional:key:problems:_:)``, for files of tens or
///   hundreds of rows (agreements, tranches, equipment, statements, counts, rates, revisions,
///   a definition): each row is checked and written in turn on the transaction's thread, where
///   its checks see the rows written before it (an agreement's cap counts the file's earlier
///   agreements). A second thread would not pay for itself there.
///
/// ```swift
/// let summary = try FileImport.stream(table, reader: SaleReading(...)) { batch, readingRefused, problems in
///     for sale in batch where !readingRefused { try transaction.append(sale.entry) }
/// }
/// ```
enum FileImport {
    /// Runs `reader` on a thread of its own and `write` on this one for each batch it hands
    /// over, in order. `write` gets whether the reading has refused a row so far (a writer that
    /// need not write what will be rolled back stops then) and the list its own problems go in.
    /// - Throws: ``ArkaErrorList`` with the reading's and the writing's problems together when
    ///   there is any, or what `write` throws (its transaction then rolls back); the reading
    ///   thread has stopped either way.
    static func stream<Reader: ImportReader>(
        _ file: HandedTable, reader: Reader, capacity: Int = 8,
        write: (Reader.Batch, _ readingRefused: Bool, _ problems: inout ProblemList) throws -> Void
    ) throws -> Reader.Summary {
        let reading = ImportReadingResult<Reader.Summary>()
        let refused = ImportFlag()
        var problems = ProblemList()
        try BoundedQueue<Reader.Batch>.relay(
            capacity: capacity,
            produce: { queue in
                let found = file.table.withLock { table in reader.read(table, into: queue, refused: refused) }
                reading.store(found)
            }
        ) { batch in try write(batch, refused.isSet, &problems) }
        guard let found = reading.value else {
            throw ArkaError(.io, "the file's reading stopped before it was read", location: SourceLocation(file: file.name))
        }
        problems.merge(found.problems)
        try problems.throwIfAny()
        return found.summary
    }
}

/// The reading half of a streamed import (``FileImport/stream(_:reader:capacity:write:)``): turns
/// a file's rows into checked batches, on a thread of its own, with values of the ledger (its
/// rates, its posting context, its products), never the ledger itself.
protocol ImportReader: Sendable {
    /// What crosses to the writing thread: entries encoded as the journal's rows, sales with their lines.
    associatedtype Batch: Sendable
    /// What the rows handed over add up to (counts, totals, dates), shown once they are written.
    associatedtype Summary: Sendable

    /// Reads every row of `table`, handing full batches to `queue` (and stopping when `put`
    /// returns false: the writing side gave up), recording each refused row's problem and
    /// raising `refused` at the first. A file that cannot be read further (a quote left open)
    /// is one more problem, and the end of the reading.
    func read(_ table: CSVTable, into queue: BoundedQueue<Batch>, refused: ImportFlag) -> ImportReading<Summary>
}

/// What the reading side of an import found: the summary of the rows it handed over and the
/// problems of those it refused.
struct ImportReading<Summary: Sendable>: Sendable {
    var summary: Summary
    var problems = ProblemList()
}

/// Raised by the reading thread at its first refused row, read by the writing thread.
final class ImportFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// Whether the flag is raised.
    var isSet: Bool { raised.load(ordering: .acquiring) }

    func raise() { raised.store(true, ordering: .releasing) }
}

/// The reading's result, handed from its thread once it ends.
private final class ImportReadingResult<Summary: Sendable>: Sendable {
    private let result = Mutex<ImportReading<Summary>?>(nil)

    var value: ImportReading<Summary>? { result.withLock { $0 } }

    func store(_ reading: ImportReading<Summary>) { result.withLock { $0 = reading } }
}

extension FileImport {
    /// The small-file drive: every row of `table` turned into a value by `parse`, each refused
    /// row's problem (or a record that is no sound row's) recorded on its line and the reading
    /// gone on. A file that cannot be read
    /// further (a quote left open) is one more problem, and the end of the reading. Nothing is
    /// written: ``ParsedRows/apply(_:)`` writes, in the caller's transaction.
    ///
    /// ```swift
    /// var read = FileImport.rows(table) { row in try LedgerMonth.parse(try row.required("month")) }
    /// try store.transaction { transaction in try read.apply { month in try close(month, in: transaction) } }
    /// ```
    static func rows<Value>(_ table: CSVTable, _ parse: (CSVTable.Row) throws -> Value) -> ParsedRows<Value> {
        var read = ParsedRows<Value>()
        while true {
            let row: CSVTable.Row
            do {
                guard let next = try table.next(refusing: { error, _ in read.problems.record(error) }) else { break }
                row = next
            } catch {
                read.problems.record(ArkaError.from(error, file: table.reader.name))
                break
            }
            do {
                read.values.append((try parse(row), row))
            } catch {
                read.problems.record(row.locate(ArkaError.from(error, file: table.reader.name)))
            }
        }
        return read
    }
}

/// The rows of a small file read by ``FileImport/rows(_:_:)``: the values made of the sound
/// ones, each with its row, and the problems of the others.
struct ParsedRows<Value> {
    var values: [(value: Value, row: CSVTable.Row)] = []
    var problems = ProblemList()

    /// Consecutive values with the same key as one value (an invoice's items, a protocol's tags),
    /// on the row of the group's first.
    func grouped<Key: Equatable>(by key: (Value) -> Key) -> ParsedRows<[Value]> {
        var groups = ParsedRows<[Value]>(problems: problems)
        for (value, row) in values {
            if let last = groups.values.last, let first = last.value.first, key(first) == key(value) {
                groups.values[groups.values.count - 1].value.append(value)
            } else {
                groups.values.append(([value], row))
            }
        }
        return groups
    }

    /// Writes each value with `write`, in file order, in the caller's transaction: a refusal is
    /// recorded on its row's line and the next value written, so that every problem of the file
    /// is found in one run (a later row's checks see the rows written before it).
    /// - Throws: ``ArkaErrorList`` with every problem, the reading's and the writing's, when
    ///   there is any: the caller's transaction then rolls back, and nothing of the file is kept.
    mutating func apply(_ write: (Value) throws -> Void) throws {
        for (value, row) in values {
            do {
                try write(value)
            } catch let error as ArkaErrorList {
                for problem in error.errors { problems.record(row.locate(problem)) }
            } catch {
                problems.record(row.locate(ArkaError.from(error, file: row.file)))
            }
        }
        try problems.throwIfAny()
    }
}
