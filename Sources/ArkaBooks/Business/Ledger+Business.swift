import ArkaCore
import ArkaStore
import Foundation

extension Ledger {
    /// The business profile the ledger was made with (`business.yaml`).
    /// - Throws: ``ArkaError/Kind/notABusiness`` for books made without one.
    public func businessProfile() throws -> BusinessProfile {
        guard let text = definition.settings[BusinessProfile.settingKey] else {
            throw ArkaError(
                .notABusiness,
                "\(path) has no business profile; make the business's books from a folder with business.yaml (see ledgers/social-business)")
        }
        return try BusinessProfile(storedText: text)
    }

    /// The product list, by code.
    public var products: [String: Product] {
        Dictionary(definition.products.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The next free id of the form `PREFIX-YYYYMMDD-NNN` for entries made on `date` without an id:
    /// after as many as the day's series holds, the first that is free (a count of the ids'
    /// index, not a read of every id: a busy till's hundredth sale costs what its first did).
    func nextID(_ prefix: String, on date: LedgerDate, in view: LedgerView) throws -> String {
        let stem = "\(prefix)-\(date.description.replacingOccurrences(of: "-", with: ""))-"
        var number = try view.countOfNumberedIDs(startingWith: stem)
        var id: String
        repeat {
            number += 1
            id = stem + (number < 10 ? "00" : number < 100 ? "0" : "") + String(number)
        } while try view.storedEntry(id: id) != nil
        return id
    }

    /// Checks and appends entries in one transaction, each followed by what goes with it, and
    /// reports every problem found (up to 20) before posting nothing.
    /// - Parameter each: called inside the transaction after each entry is appended.
    /// - Parameter counted: whether the entries may change a cash count already made.
    /// - Throws: ``ArkaErrorList`` of the problems in `problems` and those found here.
    @discardableResult
    func postAll(
        _ entries: [Entry], counted: CountedCash = .keep, file: String? = nil, signature: Signature, problems: ProblemList = ProblemList(),
        each: (LedgerTransaction, Int, StoredEntry) throws -> Void = { _, _, _ in }
    ) throws -> [StoredEntry] {
        let (prepared, problems) = try prepareAll(entries, signature: signature, problems: problems)
        return try write(counted: counted, file: file, signature: signature) { transaction in
            try appendAll(prepared, problems: problems, in: transaction, each: each)
        }
    }

    /// ``postAll(_:counted:file:signature:problems:each:)`` for an import of a file: the entries
    /// are recorded as the next numbered import batch (``writeBatch(_:file:counted:signature:_:)``).
    /// - Returns: the entries as stored, and the batch's number (nil when there were none).
    /// - Throws: ``ArkaErrorList`` of the problems in `problems` and those found here.
    func postBatch(
        _ kind: ImportBatch.Kind, _ entries: [Entry], counted: CountedCash = .keep, file: String, signature: Signature, problems: ProblemList
    ) throws -> (entries: [StoredEntry], batch: Int64?) {
        let (prepared, problems) = try prepareAll(entries, signature: signature, problems: problems)
        let (stored, batch) = try writeBatch(kind, file: file, counted: counted, signature: signature) { transaction in
            try appendAll(prepared, problems: problems, in: transaction, each: { _, _, _ in })
        }
        return (stored, batch)
    }

    /// Each entry converted, completed and checked by ``EntryRules`` and signed, with its place in
    /// `entries`; each refused one's error recorded.
    private func prepareAll(_ entries: [Entry], signature: Signature, problems: ProblemList) throws -> (prepared: [(Int, Entry)], problems: ProblemList) {
        var problems = problems
        var prepared: [(Int, Entry)] = []
        prepared.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            do {
                var checked = try EntryRules.prepare(try convert(entry), in: context)
                checked.postedBy = signature.user
                checked.postedAt = signature.timestamp
                prepared.append((index, checked))
            } catch let error as ArkaError {
                problems.record(entry.locate(error))
            }
        }
        return (prepared, problems)
    }

    /// Appends the prepared entries in `transaction`; after the first problem, only looks for
    /// more duplicates to report, then throws every problem.
    private func appendAll(
        _ prepared: [(Int, Entry)], problems: ProblemList, in transaction: LedgerTransaction, each: (LedgerTransaction, Int, StoredEntry) throws -> Void
    ) throws -> [StoredEntry] {
        var problems = problems
        var stored: [StoredEntry] = []
        stored.reserveCapacity(prepared.count)
        var appending = problems.isEmpty
        for (index, entry) in prepared {
            if !appending {
                // Something is wrong already: only look for more duplicates to report.
                if try transaction.storedEntry(id: entry.id) != nil {
                    problems.record(entry.locate(ArkaError(.duplicate, "the ledger already has an entry with this id", field: "entry", value: entry.id)))
                }
                continue
            }
            do {
                let appended = try transaction.append(entry)
                try each(transaction, index, appended)
                stored.append(appended)
            } catch let error as ArkaError {
                problems.record(entry.locate(error))
                appending = false
            }
        }
        try problems.throwIfAny()
        return stored
    }
}
