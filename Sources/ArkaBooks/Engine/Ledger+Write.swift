import ArkaCore
import ArkaStore
import Foundation

/// How a write treats the cash counts already made.
public enum CountedCash: Sendable, Equatable {
    /// A write dated on or before a cash count of an account it moves is refused (the default).
    case keep
    /// The write is a correction after the count, and is recorded as one: the count then shows
    /// its expected balance recomputed and the new difference (`--after-count`).
    case correctAfterCount
}

extension Ledger {
    /// Runs `body` in one write transaction, then checks what it appended against the cash counts:
    /// every write that appends entries goes through here.
    ///
    /// A cash count states what the till held at the end of its day. An entry dated on or before
    /// the last count of an account it moves would make that count untrue, so it is refused with
    /// a sentence naming the count, unless `counted` is ``CountedCash/correctAfterCount``; then
    /// each such entry is recorded with the first count it changes. A count's own difference
    /// entry changes no count of its own day, and a count recorded in the same write changes
    /// nothing written before it.
    /// - Parameter file: the file the entries come from, for the refusal's location.
    /// - Throws: what `body` throws; ``ArkaErrorList`` of ``ArkaError/Kind/countedCash``, one per
    ///   entry refused (up to 20), after which nothing is written.
    func write<T>(counted: CountedCash = .keep, file: String? = nil, signature: Signature, _ body: (LedgerTransaction) throws -> T) throws -> T {
        try store.transaction { transaction in
            // Checked against the chart, funds and closed months as they are now: another command
            // may have committed while this one waited to write.
            try refreshDefinition()
            let start = transaction.currentHead.sequence
            let lastCount = try transaction.lastCashCountID()
            let result = try body(transaction)
            try checkCashCounts(after: start, countsUpTo: lastCount, counted: counted, file: file, signature: signature, in: transaction)
            return result
        }
    }

    /// Runs an import's write (``write(counted:file:signature:_:)``) and records the entries it
    /// appended as the next numbered import batch, which `arka reverse --batch` undoes as one.
    /// - Returns: what `body` returns, and the batch's number (nil when it appended nothing).
    /// - Throws: what ``write(counted:file:signature:_:)`` throws.
    func writeBatch<T>(
        _ kind: ImportBatch.Kind, file: String, counted: CountedCash = .keep, signature: Signature, _ body: (LedgerTransaction) throws -> T
    ) throws -> (value: T, batch: Int64?) {
        try write(counted: counted, file: file, signature: signature) { transaction in
            let start = transaction.currentHead.sequence
            let value = try body(transaction)
            let end = transaction.currentHead.sequence
            guard end > start else { return (value, nil) }
            let batch = try transaction.recordBatch(kind, file: file, entries: (start + 1)...end, lines: nil, by: signature.user, at: signature.timestamp)
            return (value, batch)
        }
    }

    private func checkCashCounts(
        after start: Int64, countsUpTo lastCount: Int64, counted: CountedCash, file: String?, signature: Signature, in transaction: LedgerTransaction
    ) throws {
        guard transaction.currentHead.sequence > start, lastCount > 0 else { return }
        let counts = try transaction.cashCounts(currency: baseCurrency).filter { $0.id <= lastCount }
        guard !counts.isEmpty else { return }
        var last: [String: LedgerDate] = [:]
        for count in counts { last[count.count.account] = max(last[count.count.account] ?? count.count.date, count.count.date) }
        let cash = try? businessProfile().cash
        var problems = ProblemList()
        for movement in try transaction.movements(after: start, through: last) {
            // The first count the entry changes: one dated after it, or on its day unless the
            // entry records a count of that very day.
            let changed = counts.first { stored in
                stored.count.account == movement.account
                    && (stored.count.date > movement.date || (stored.count.date == movement.date && movement.countOf == nil))
            }
            guard let changed else { continue }
            switch counted {
            case .correctAfterCount:
                try transaction.markAfterCount(entry: movement.entry, count: changed.id, by: signature.user, at: signature.timestamp)
            case .keep:
                let what = movement.account == cash ? "the till \(movement.account)" : "account \(movement.account)"
                problems.record(
                    ArkaError(
                        .countedCash,
                        "\(what) was counted on \(changed.count.date); a write dated \(movement.date) would change that count: date it later, or mark it --after-count",
                        location: SourceLocation(file: file, field: "entry", value: movement.entry)))
            }
        }
        try problems.throwIfAny()
    }
}
