import ArkaCore
import ArkaStore
import Foundation

/// What a statement import did, and how the statement stands against the books.
public struct StatementImportReport: Sendable, Equatable {
    public var file: String
    public var account: String
    public var lines: Int
    public var added: Int
    /// Lines the ledger had already: the same account, date, description, amount and balance.
    public var alreadyImported: Int
    public var closingDate: LedgerDate?
    /// The statement's balance after its last line.
    public var closingBalance: Money?
    /// The books' balance of the account at the end of the statement's last day.
    public var booksBalance: Money?
    /// The statement's balance less the books'; zero when they agree.
    public var difference: Money?
    /// Statement lines of the account not matched to an entry yet, after this import.
    public var unmatchedLines: Int
    /// The import batch the new lines were added as (nil when none was new).
    public var batch: Int64?

    /// The rule that keeps a line from being added twice, said in the output.
    public static let sameLineRule: Sentence = "a line already imported (same date, description, amount and balance) is not added again"
}

/// What `bank match` did, and what is left to resolve.
public struct BankMatchReport: Sendable, Equatable {
    public var matched: [(line: StoredStatementLine, entry: String)]
    public var ambiguous: [(line: StoredStatementLine, candidates: [String])]
    public var unmatchedLines: [StoredStatementLine]
    /// Entries that moved the account on or before the last statement date and match no line.
    public var unmatchedEntries: [BankMovement]

    public static func == (lhs: BankMatchReport, rhs: BankMatchReport) -> Bool {
        lhs.matched.map { "\($0.line.id) \($0.entry)" } == rhs.matched.map { "\($0.line.id) \($0.entry)" }
            && lhs.ambiguous.map { "\($0.line.id) \($0.candidates)" } == rhs.ambiguous.map { "\($0.line.id) \($0.candidates)" }
            && lhs.unmatchedLines == rhs.unmatchedLines && lhs.unmatchedEntries == rhs.unmatchedEntries
    }
}

extension Ledger {
    /// Imports a bank statement (CSV `date,description,amount,balance`; amounts positive when
    /// money came in). Every line's balance must follow from the one before; lines the ledger
    /// has already are skipped by ``StatementLine/isSameLine(as:)``, so importing a statement
    /// twice, or one that overlaps the last, adds nothing twice; the new lines must continue the
    /// balance of the lines imported before them. All or nothing.
    /// - Throws: ``ArkaErrorList`` for malformed lines, ``ArkaError/Kind/badStatement`` for a
    ///   balance that does not follow.
    /// With a `profile` whose statements come newest first, the lines are taken in the other order.
    public func importStatement(file path: String, account: String? = nil, profile reading: ImportProfile? = nil, signature: Signature) throws -> StatementImportReport {
        let profile = try businessProfile()
        let account = account ?? profile.bank
        guard context.chart.account(account)?.type == .asset else {
            throw ArkaError(.unknownAccount, "a statement is of an asset account, like the bank \(profile.bank)", field: "account", value: account)
        }
        let table = try CSVTable(path: path, required: ["date", "description", "amount", "balance"], profile: reading)
        let file = table.reader.name
        let read = FileImport.rows(table) { row in
            let amount = try Money.parse(try row.required("amount"), currency: baseCurrency)
            guard !amount.isZero else { throw ArkaError(.badAmount, "a statement line moves money; this one is zero", field: "amount", value: "0") }
            return StatementLine(
                date: try LedgerDate.parse(try row.required("date")), description: try row.required("description"), amount: amount,
                balance: try Money.parse(try row.required("balance"), currency: baseCurrency, field: "balance"),
                origin: SourceLocation(file: file, line: row.line))
        }
        try read.problems.throwIfAny()
        let inFileOrder = read.values.map(\.value)
        let lines = reading?.newestFirst == true ? Array(inFileOrder.reversed()) : inFileOrder
        guard !lines.isEmpty else { throw ArkaError(.missingValue, "the statement has no lines", location: SourceLocation(file: file)) }
        try StatementLine.checkRunningBalance(lines)
        return try store.transaction { transaction in
            let result = try transaction.addStatementLines(lines, account: account, file: file, by: signature.user, at: signature.timestamp)
            let ids = result.added.map(\.id)
            let revived = result.revived.map(\.id)
            var batch: Int64?
            if !ids.isEmpty || !revived.isEmpty {
                let range = ids.min().flatMap { first in ids.max().map { first...$0 } }
                let number = try transaction.recordBatch(.statement, file: file, entries: nil, lines: range, by: signature.user, at: signature.timestamp)
                try transaction.reviveStatementLines(revived, batch: number)
                batch = number
            }
            let stored = try transaction.statementLines(account: account, currency: baseCurrency)
            let added = Set(ids + revived)
            for (previous, line) in zip(stored, stored.dropFirst()) where added.contains(line.id) {
                let expected = try previous.line.balance.adding(line.line.amount)
                guard expected == line.line.balance else {
                    throw ArkaError(
                        .badStatement,
                        "this line does not follow the line before it in the ledger (\(previous.line.date), balance \(previous.line.balance.decimalText), from \((previous.line.origin?.file).map { ($0 as NSString).lastPathComponent } ?? "?")): lines are missing between the two statements",
                        location: SourceLocation(file: file, line: line.line.origin?.line, field: "balance", value: line.line.balance.decimalText))
                }
            }
            // The statement's last line: the latest day's last, in the statement's own order.
            guard let last = lines.enumerated().max(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) })?.element else {
                throw ArkaError(.missingValue, "the statement has no lines", location: SourceLocation(file: file))
            }
            let books = try transaction.postedBalance(of: account, asOf: last.date)
            return StatementImportReport(
                file: file, account: account, lines: lines.count, added: added.count, alreadyImported: result.alreadyImported,
                closingDate: last.date, closingBalance: last.balance, booksBalance: books, difference: try last.balance.subtracting(books),
                unmatchedLines: stored.filter { $0.matchedEntry == nil }.count, batch: batch)
        }
    }

    /// What withdrawing a statement import took out of the books' statement lines.
    public struct StatementWithdrawalReport: Sendable, Equatable {
        public var batch: ImportBatch
        public var account: String
        /// The lines that no longer count.
        public var lines: Int
    }

    /// Withdraws a bank statement import (`arka batches` numbers it) while none of its lines is
    /// matched: its lines no longer count in `bank lines`, matching or reconciliation; nothing
    /// is removed, the withdrawal is recorded with its date, reason, user and time, and a later
    /// import of the same lines brings them back.
    ///
    /// ```swift
    /// try ledger.withdrawStatement(batch: 4, date: day, reason: "The Raiffeisen statement, imported to the BKT account", signature: .now())
    /// ```
    /// - Throws: ``ArkaError/Kind/unknownEntry`` for a batch the ledger lacks;
    ///   ``ArkaError/Kind/badReversal`` for a batch of entries (reverse it instead);
    ///   ``ArkaError/Kind/duplicate`` for a batch withdrawn already, or whose lines a later import brought back;
    ///   ``ArkaError/Kind/badMatch`` naming a line that is matched (undo the match first);
    ///   ``ArkaError/Kind/badStatement`` when a later statement of the account continues from its lines;
    ///   ``ArkaError/Kind/closedPeriod`` for a line dated in a closed month;
    ///   ``ArkaError/Kind/missingValue`` without a reason.
    public func withdrawStatement(batch number: Int64, date: LedgerDate, reason: String, signature: Signature) throws -> StatementWithdrawalReport {
        let reason = reason.trimmingSpaces
        guard !reason.isEmpty else {
            throw ArkaError(.missingValue, "a withdrawal needs a reason, for the audit trail", field: "reason", value: "")
        }
        return try write(signature: signature) { transaction in
            guard let batch = try transaction.importBatch(number) else {
                throw ArkaError(.unknownEntry, "the ledger has no import batch with this number", field: "batch", value: String(number))
            }
            guard batch.kind == .statement else {
                throw ArkaError(
                    .badReversal, "batch #\(number) posted entries (\(batch.file)); undo it with arka reverse --batch \(number)", field: "batch",
                    value: String(number))
            }
            if let withdrawn = try transaction.statementWithdrawal(number) {
                throw ArkaError(.duplicate, "batch #\(number) was withdrawn on \(withdrawn.date) by \(withdrawn.withdrawnBy)", field: "batch", value: String(number))
            }
            let ids = Set(try transaction.statementLines(ofBatch: number))
            guard let first = ids.first else {
                throw ArkaError(.duplicate, "no line of batch #\(number) counts as its own any more: a later import brought them back", field: "batch", value: String(number))
            }
            let account = try transaction.statementAccount(ofLine: first)
            let lines = try transaction.statementLines(account: account, currency: baseCurrency)
            let own = lines.filter { ids.contains($0.id) }
            for line in own {
                if let entry = line.matchedEntry {
                    throw ArkaError(
                        .badMatch, "statement line \(line.id) of batch #\(number) is matched to \(entry); undo the match first (arka bank match --undo \(line.id))",
                        field: "batch", value: String(number))
                }
                try context.lock.checkOpen(line.line.date, what: "the statement line")
            }
            if let last = own.map(\.line.date).max(), let later = lines.first(where: { !ids.contains($0.id) && $0.line.date > last }) {
                let reason: Sentence =
                    if let laterBatch = try transaction.statementBatch(ofLine: later.id) {
                        "a later statement continues from these lines (line \(later.id) of \(later.line.date), batch #\(laterBatch)); withdraw it first"
                    } else {
                        "a later statement continues from these lines (line \(later.id) of \(later.line.date))"
                    }
                throw ArkaError(.badStatement, reason, field: "batch", value: String(number))
            }
            try transaction.withdrawStatement(batch: number, date: date, reason: reason, by: signature.user, at: signature.timestamp)
            return StatementWithdrawalReport(batch: batch, account: account, lines: own.count)
        }
    }

    /// Matches the account's unmatched statement lines to the entries that moved it, by
    /// ``BankMatching``'s rule; what is ambiguous or unmatched is left and listed.
    public func matchStatement(account: String? = nil, signature: Signature) throws -> BankMatchReport {
        let profile = try businessProfile()
        let account = account ?? profile.bank
        return try store.transaction { transaction in
            let lines = try transaction.statementLines(account: account, currency: baseCurrency)
            let open = lines.filter { $0.matchedEntry == nil }
            let movements = try transaction.unmatchedMovements(account: account, currency: baseCurrency)
            let outcomes = BankMatching.match(open.map(\.line), against: movements)
            var report = BankMatchReport(matched: [], ambiguous: [], unmatchedLines: [], unmatchedEntries: [])
            var used = Set<String>()
            for (line, outcome) in zip(open, outcomes) {
                switch outcome {
                case .matched(let entry):
                    try transaction.match(line: line.id, entry: entry, how: "rule", by: signature.user, at: signature.timestamp)
                    report.matched.append((line, entry))
                    used.insert(entry)
                case .ambiguous(let candidates):
                    report.ambiguous.append((line, candidates))
                case .unmatched:
                    report.unmatchedLines.append(line)
                }
            }
            if let lastDate = lines.last?.line.date {
                report.unmatchedEntries = movements.filter { !used.contains($0.entry) && $0.date <= lastDate }
            }
            return report
        }
    }

    /// Matches one statement line to the entry a person chose: the entry must have moved the
    /// account by exactly the line's amount, and must not be reversed or a reversal (the two
    /// cancel out: neither is money a statement shows).
    /// - Throws: ``ArkaError/Kind/badMatch`` when the line or entry is unknown, matched already,
    ///   reversed, or the amounts differ.
    public func matchLine(_ id: Int64, to entry: String, account: String? = nil, signature: Signature) throws {
        let account = try account ?? businessProfile().bank
        try store.transaction { transaction in
            let line = try statementLine(id, account: account, in: transaction)
            guard let movement = try transaction.movement(of: entry, on: account, currency: baseCurrency) else {
                throw ArkaError(.unknownEntry, "the ledger has no entry with this id", field: "entry", value: entry)
            }
            if let reversal = try transaction.reversal(of: entry) {
                throw ArkaError(.badMatch, "entry \(entry) was reversed by \(reversal): the two cancel out and match no statement line", field: "entry", value: entry)
            }
            if let original = try transaction.storedEntry(id: entry)?.entry.reversal?.of {
                throw ArkaError(.badMatch, "entry \(entry) reverses \(original): the two cancel out and match no statement line", field: "entry", value: entry)
            }
            guard movement.amount == line.line.amount else {
                throw ArkaError(
                    .badMatch, "entry \(entry) moved \(account) by \(movement.amount.decimalText), statement line \(id) by \(line.line.amount.decimalText)",
                    field: "entry", value: entry)
            }
            try transaction.match(line: id, entry: entry, how: "chosen", by: signature.user, at: signature.timestamp)
        }
    }

    /// Posts the entry a statement line needs when the books lack it (a bank fee, interest),
    /// against `counterAccount`, dated the line's day, and matches the line to it.
    @discardableResult
    public func postLine(
        _ id: Int64, against counterAccount: String, description: String?, fund: String? = nil, account: String? = nil, counted: CountedCash = .keep,
        signature: Signature
    ) throws -> StoredEntry {
        let profile = try businessProfile()
        let account = account ?? profile.bank
        return try write(counted: counted, signature: signature) { transaction in
            let line = try statementLine(id, account: account, in: transaction)
            let fund = fund ?? profile.ownFund
            // BANK-N, or BANK-N-2... when the line's earlier entry was reversed; while that entry
            // stands, the line is matched to it again instead.
            let entryID = try transaction.freshEntryID("BANK-\(id)")
            if try transaction.storedEntry(id: entryID) != nil {
                throw ArkaError(
                    .duplicate, "statement line \(id) was posted already as \(entryID); match the line to it: arka bank match --line \(id) --entry \(entryID)",
                    field: "line", value: "\(id)")
            }
            var entry = Entry(
                id: entryID, date: line.line.date, description: description ?? line.line.description,
                documents: [DocumentReference(kind: .bank, reference: "statement line \(id)")],
                postings: [
                    Posting(account: account, amount: line.line.amount, fund: fund, memo: "statement line \(id)"),
                    Posting(account: counterAccount, amount: try line.line.amount.negated(), fund: fund),
                ])
            entry = try EntryRules.prepare(entry, in: context)
            entry.postedBy = signature.user
            entry.postedAt = signature.timestamp
            let stored = try transaction.append(entry)
            try transaction.match(line: id, entry: entry.id, how: "posted", by: signature.user, at: signature.timestamp)
            return stored
        }
    }

    /// Undoes a statement line's match. - Returns: the entry it was matched to.
    /// - Throws: ``ArkaError/Kind/badMatch`` when the line is not matched.
    @discardableResult
    public func unmatchLine(_ id: Int64, signature: Signature) throws -> String {
        try store.transaction { transaction in
            guard let entry = try transaction.unmatch(line: id) else {
                throw ArkaError(.badMatch, "statement line \(id) is not matched", field: "line", value: String(id))
            }
            return entry
        }
    }

    /// The statement lines of the account, with their matches.
    public func statementLines(account: String? = nil) throws -> [StoredStatementLine] {
        let account = try account ?? businessProfile().bank
        return try store.view { try $0.statementLines(account: account, currency: baseCurrency) }
    }

    private func statementLine(_ id: Int64, account: String, in view: LedgerView) throws -> StoredStatementLine {
        guard let line = try view.statementLine(id, account: account, currency: baseCurrency) else {
            throw ArkaError(.badMatch, "no statement line \(id) on account \(account); arka bank match lists them", field: "line", value: String(id))
        }
        if let matched = line.matchedEntry {
            throw ArkaError(.badMatch, "statement line \(id) is matched already to \(matched)", field: "line", value: String(id))
        }
        return line
    }
}
