import ArkaCore
import ArkaStore

/// The result of recomputing a ledger's hash chains (the journal's and the record log's),
/// balances and totals, of checking them against digests kept elsewhere, and of reconciling
/// every register kept beside the journal to its control figure.
public struct JournalVerification: Sendable {
    public var entries: Int64
    public var head: JournalHead
    /// The record log's last record (``RecordLog``): every row beside the journal.
    public var recordHead: JournalHead = .empty
    /// The digests the ledger still extends (`--digest`), by file name; a digest it does not
    /// extend is among the ``problems``.
    public var digests: [String] = []
    /// What is wrong, first problem first: the journal's problems (the first
    /// ``journalProblems``), then the record log's, the guards' and the digests'. Empty when
    /// the books are intact.
    public var problems: [String]
    /// How many of the first ``problems`` are the journal's own (hashes, links, balances, totals).
    public var journalProblems = 0
    /// How many ``problems`` after the journal's are the record log's and the guards'; the rest
    /// are digests the ledger does not extend.
    public var recordProblems = 0
    /// One line per register (``Ledger/reconcileRegisters()``).
    public var registers: [RegisterReconciliation] = []

    /// Whether the journal itself is whole: every hash, link, balance and total recomputed, every
    /// row beside it as its record log says, every guard as Arka wrote it, every digest extended.
    public var isIntact: Bool { problems.isEmpty }

    /// Whether the journal is intact and every register agrees with it: what `arka verify`
    /// exits 0 on.
    public var passes: Bool { isIntact && registers.allSatisfy(\.agrees) }
}

extension Ledger {
    /// Recomputes every entry's hash and link, checks every entry balances, that no entry is
    /// missing (sequence gaps, a removed last entry), that the monthly totals equal the postings;
    /// recomputes the record log and compares every recorded table with it (``RecordLog``);
    /// compares every trigger's SQL with Arka's; checks that the ledger still extends each of
    /// `digests` (``LedgerDigest``); then reconciles every register to the journal
    /// (``reconcileRegisters()``).
    ///
    /// ```swift
    /// let result = try ledger.verify(digests: [("books.digest", try LedgerDigest.parse(text, file: "books.digest"))])
    /// if !result.isIntact { print(result.problems[0]) }
    /// ```
    /// - Throws: only when the ledger cannot be read at all.
    public func verify(digests: [(name: String, digest: LedgerDigest)] = []) throws -> JournalVerification {
        var result = try store.view { view in
            var problems: [String] = []
            var previous = JournalHead.empty
            var count: Int64 = 0
            do {
                try view.forEachEntry { stored in
                    count += 1
                    let name = "entry \(stored.entry.id) (#\(stored.sequence), \(stored.entry.date))"
                    if stored.sequence != previous.sequence + 1 {
                        problems.append(tr("\(name) follows #\(previous.sequence): entries #\(previous.sequence + 1)...#\(stored.sequence - 1) were removed"))
                    }
                    if stored.previousHash != previous.hash {
                        problems.append(tr("\(name) does not link to the entry before it: the chain was rewritten"))
                    }
                    if JournalHash.of(stored.entry, sequence: stored.sequence, previous: stored.previousHash) != stored.hash {
                        problems.append(tr("\(name) was changed after it was posted: its hash does not match its contents"))
                    }
                    if let imbalance = try Balancing.imbalance(of: stored.entry, base: baseCurrency) {
                        problems.append(tr("\(name): \(imbalance)"))
                    }
                    previous = JournalHead(sequence: stored.sequence, hash: stored.hash)
                }
            } catch let error as ArkaError {
                problems.append(error.sentence.description)
            }
            let recorded = try view.recordedHead()
            if recorded != previous {
                problems.append(
                    recorded.sequence > previous.sequence
                        ? tr("the journal ends at #\(previous.sequence) but the ledger recorded #\(recorded.sequence): entries were removed from its end")
                        : tr("the journal's last entry #\(previous.sequence) is not the one the ledger recorded (#\(recorded.sequence))"))
            }
            if let changed = try view.basePostingsWithChangedBaseAmount().first {
                problems.append(tr("entry \(changed.id) (#\(changed.sequence)) has a posting whose base amount was changed outside arka"))
            }
            if let key = try view.postingTotalsCheck().firstDifference {
                problems.append(tr("the monthly totals for \(key) do not equal the postings: they were changed outside arka"))
            }
            let strangers = try view.accountsMissingFromChart()
            if !strangers.isEmpty {
                problems.append(tr("postings name accounts that are not in the chart: \(strangers.joined(separator: ", "))"))
            }
            let journalProblems = problems.count
            problems += try view.recordLogProblems()
            problems += try view.triggerProblems()
            var result = JournalVerification(entries: count, head: previous, problems: problems)
            result.journalProblems = journalProblems
            result.recordProblems = problems.count - journalProblems
            result.recordHead = try view.recordHead()
            return result
        }
        try store.view { view in try Self.check(view, against: digests, into: &result) }
        do {
            result.registers = try reconcileRegisters()
        } catch let error as ArkaError {
            result.problems.insert("the registers cannot be reconciled: \(error.sentence)", at: result.journalProblems + result.recordProblems)
            result.recordProblems += 1
        }
        return result
    }

    /// Adds each digest the ledger extends to `result.digests`, and the problems of each it
    /// does not to `result.problems`.
    private static func check(_ view: LedgerView, against digests: [(name: String, digest: LedgerDigest)], into result: inout JournalVerification) throws {
        for (name, digest) in digests {
            let problems = try view.problems(extending: digest, named: name)
            if problems.isEmpty { result.digests.append(name) } else { result.problems += problems }
        }
    }

    /// Verifies the ledger at `path` (``verify(digests:)``), or, when its settings or definition
    /// no longer load (a value changed outside arka), checks what can be checked without them —
    /// the record log, which names the changed row, the guards and the digests — and reports
    /// why the ledger does not open.
    ///
    /// ```swift
    /// let result = try Ledger.verify(at: "books.arka", digests: [])
    /// ```
    /// - Throws: ``ArkaError/Kind/notALedger`` or ``ArkaError/Kind/io`` when the file cannot be
    ///   opened as a ledger at all; ``ArkaError/Kind/ledgerBusy`` when a writer keeps it longer than `wait`.
    public static func verify(at path: String, digests: [(name: String, digest: LedgerDigest)] = [], wait: LedgerWait = LedgerWait()) throws -> JournalVerification {
        let ledger: Ledger
        do {
            ledger = try Ledger.open(at: path, access: .read, wait: wait)
        } catch let error as ArkaError where ![.notALedger, .io, .ledgerBusy, .readOnly].contains(error.kind) {
            let store = try LedgerStore.open(at: path, access: .read, wait: wait)
            return try store.view { view in
                let problems = try view.recordLogProblems() + view.triggerProblems() + ["the ledger does not open: \(error.description)"]
                var result = JournalVerification(entries: try view.entryCount(), head: try view.head(), problems: problems)
                result.recordProblems = problems.count
                result.recordHead = try view.recordHead()
                try check(view, against: digests, into: &result)
                return result
            }
        }
        return try ledger.snapshot { try ledger.verify(digests: digests) }
    }
}
