import ArkaCore
import ArkaStore

/// An import batch as `arka batches` lists it: the batch and how much of it stands.
public struct ImportBatchState: Sendable {
    public var batch: ImportBatch
    /// How many entries (or statement lines) it wrote.
    public var count: Int64
    /// How many of its entries a later entry reverses.
    public var reversed: Int
    /// Whether the batch, a bank statement's, was withdrawn (`arka bank withdraw`).
    public var withdrawn = false
}

extension Ledger {
    /// Every import batch, oldest first, with how many of its entries were reversed since.
    ///
    /// ```swift
    /// let batches = try ledger.importBatches()
    /// batches.last?.batch.file   // "february.csv"
    /// ```
    /// - Throws: a database error.
    public func importBatches() throws -> [ImportBatchState] {
        try snapshot {
            try store.view { view in
                let withdrawn = try view.withdrawnStatementBatches()
                return try view.importBatches().map { batch in
                    let range = batch.entries ?? batch.lines
                    let revived = batch.kind == .statement ? try view.revivedLineCount(batch.number) : 0
                    return ImportBatchState(
                        batch: batch, count: (range.map { $0.upperBound - $0.lowerBound + 1 } ?? 0) + revived,
                        reversed: try batch.entries.map { try view.reversedCount($0) } ?? 0, withdrawn: withdrawn.contains(batch.number))
                }
            }
        }
    }
}
