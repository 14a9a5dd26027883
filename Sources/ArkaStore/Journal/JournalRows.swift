import ArkaCore

/// Entries encoded as the rows the journal stores them in, ready to insert.
///
/// An import encodes its entries on the thread that prepares them, and the transaction's thread
/// links, hashes and inserts them with ``LedgerTransaction/append(_:)``: every text of the batch
/// sits in one byte buffer that the canonical form is written from and SQLite reads in place, so
/// inserting a batch allocates nothing per value, and the entries' own strings are freed on the
/// thread that made them.
///
/// ```swift
/// var rows = JournalRows(file: "postings.csv")
/// rows.append(entry)
/// try transaction.append(rows)
/// ```
public struct JournalRows: Sendable {
    /// A text in `bytes`; a count of -1 is NULL.
    struct Text: Sendable {
        var offset: Int
        var count: Int
        static let null = Text(offset: 0, count: -1)
    }

    struct EntryRow: Sendable {
        var id: Text
        var date: Text
        var description: Text
        var counterparty: Text
        var reverses: Text
        var reversalReason: Text
        var postedBy: Text
        var postedAt: Text
        var documents: Range<Int>
        var postings: Range<Int>
        /// The line the entry was read from, or 0.
        var line: Int32
    }

    struct DocumentRow: Sendable {
        var kind: Text
        var reference: Text
    }

    struct PostingRow: Sendable {
        var account: Text
        var amount: Int64
        var currency: Text
        var baseAmount: Int64
        var rate: Text
        var rateSource: Text
        var rateDate: Text
        var fund: Text
        var budgetLine: Text
        var memo: Text
        /// The line the posting was read from, or 0.
        var line: Int32
    }

    /// The file the entries were read from, for error messages.
    public let file: String?
    private(set) var entries: [EntryRow] = []
    private(set) var documents: [DocumentRow] = []
    private(set) var postings: [PostingRow] = []
    private(set) var bytes: [UInt8] = []

    public init(file: String? = nil) {
        self.file = file
    }

    /// Makes room for about `count` entries of a few postings each, so that a batch filled to a
    /// known size does not grow its buffers step by step.
    public mutating func reserveCapacity(entries count: Int) {
        entries.reserveCapacity(count)
        documents.reserveCapacity(count)
        postings.reserveCapacity(4 * count)
        bytes.reserveCapacity(320 * count)
    }

    /// How many entries are encoded.
    public var count: Int { entries.count }

    /// Encodes an entry: its place in the chain is given when it is appended to the journal.
    public mutating func append(_ entry: Entry) {
        let firstDocument = documents.count
        for document in entry.documents {
            documents.append(DocumentRow(kind: text(document.kind.rawValue), reference: text(document.reference)))
        }
        let firstPosting = postings.count
        // By index, each text read in place: `for posting in entry.postings` copies every posting.
        for index in entry.postings.indices {
            let conversion = entry.postings[index].conversion
            postings.append(
                PostingRow(
                    account: text(entry.postings[index].account), amount: entry.postings[index].amount.minorUnits,
                    currency: text(entry.postings[index].amount.currency.code),
                    baseAmount: conversion?.baseAmount.minorUnits ?? entry.postings[index].amount.minorUnits,
                    rate: text(conversion?.rate.description), rateSource: text(conversion?.source), rateDate: text(conversion?.date),
                    fund: text(entry.postings[index].fund), budgetLine: text(entry.postings[index].budgetLine),
                    memo: text(entry.postings[index].memo), line: Int32(clamping: entry.postings[index].line ?? 0)))
        }
        entries.append(
            EntryRow(
                id: text(entry.id), date: text(entry.date.description), description: text(entry.description),
                counterparty: text(entry.counterparty), reverses: text(entry.reversal?.of), reversalReason: text(entry.reversal?.reason),
                postedBy: text(entry.postedBy), postedAt: text(entry.postedAt),
                documents: firstDocument..<documents.count, postings: firstPosting..<postings.count,
                line: Int32(clamping: entry.origin?.line ?? 0)))
    }

    /// The id of the entry at `index`.
    public func entryID(at index: Int) -> String { string(entries[index].id) ?? "" }

    /// The error placed where the entry at `index` was read from.
    public func locate(_ error: ArkaError, at index: Int) -> ArkaError {
        let line = entries[index].line
        return error.at(file: file, line: line > 0 ? Int(line) : nil)
    }

    /// The error placed where `posting` (of the entry at `index`) was read from, or else its entry.
    func locate(_ error: ArkaError, at index: Int, posting: PostingRow) -> ArkaError {
        posting.line > 0 ? error.at(file: file, line: Int(posting.line)) : locate(error, at: index)
    }

    /// The most bytes the canonical form of the entry at `index` can take.
    func canonicalFormCapacity(at index: Int) -> Int {
        func bytes(_ text: Text) -> Int { max(text.count, 0) }
        let entry = entries[index]
        var texts = CanonicalForm.versionTag.utf8.count + bytes(entry.id) + bytes(entry.date) + bytes(entry.description)
        texts += bytes(entry.counterparty) + bytes(entry.reverses) + bytes(entry.reversalReason) + bytes(entry.postedBy) + bytes(entry.postedAt)
        for document in documents[entry.documents] { texts += bytes(document.kind) + bytes(document.reference) }
        for posting in postings[entry.postings] {
            texts += bytes(posting.account) + bytes(posting.currency) + bytes(posting.rate) + bytes(posting.rateSource)
            texts += bytes(posting.rateDate) + bytes(posting.fund) + bytes(posting.budgetLine) + bytes(posting.memo)
        }
        let fields = CanonicalForm.fields(documents: entry.documents.count, postings: entry.postings.count)
        return texts + CanonicalForm.Writer.capacity(fields: fields)
    }

    /// Writes the canonical form of the entry at `index` as the `sequence`-th of the journal:
    /// byte for byte ``CanonicalForm/v1Bytes(_:sequence:)`` of the entry encoded, which is what
    /// `arka verify` recomputes from the stored rows. `form` holds at least
    /// ``canonicalFormCapacity(at:)`` bytes.
    /// - Parameter bytes: this batch's `bytes`, lent by the caller.
    func writeCanonicalForm(at index: Int, sequence: Int64, bytes: UnsafeRawBufferPointer, to form: inout CanonicalForm.Writer) {
        func text(_ text: Text) -> UnsafeRawBufferPointer? {
            text.count < 0 ? nil : UnsafeRawBufferPointer(rebasing: bytes[text.offset..<text.offset + text.count])
        }
        let entry = entries[index]
        form.field(CanonicalForm.versionTag)
        form.field(sequence)
        form.field(text(entry.id))
        form.field(text(entry.date))
        form.field(text(entry.description))
        form.field(text(entry.counterparty))
        form.field(text(entry.reverses))
        form.field(text(entry.reversalReason))
        form.field(text(entry.postedBy))
        form.field(text(entry.postedAt))
        form.field(Int64(entry.documents.count))
        for document in documents[entry.documents] {
            form.field(text(document.kind))
            form.field(text(document.reference))
        }
        form.field(Int64(entry.postings.count))
        for posting in postings[entry.postings] {
            form.field(text(posting.account))
            form.field(posting.amount)
            form.field(text(posting.currency))
            form.field(posting.baseAmount)
            form.field(text(posting.rate))
            form.field(text(posting.rateSource))
            form.field(text(posting.rateDate))
            form.field(text(posting.fund))
            form.field(text(posting.budgetLine))
            form.field(text(posting.memo))
        }
    }

    private mutating func text(_ value: String?) -> Text {
        guard let value else { return .null }
        let offset = bytes.count
        // A native string lends its bytes where they are; `withUTF8` would need a copy of it.
        if value.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: value.utf8)
        }
        return Text(offset: offset, count: bytes.count - offset)
    }

    func string(_ text: Text) -> String? {
        guard text.count >= 0 else { return nil }
        return String(decoding: bytes[text.offset..<text.offset + text.count], as: UTF8.self)
    }
}

/// An entry of a ``JournalRows`` batch that the journal refused, and why; the entries before it
/// were appended.
public struct JournalRowsRefusal: Error {
    /// The refused entry's index in the batch.
    public var index: Int
    /// Why: ``ArkaError/Kind/duplicate``, ``ArkaError/Kind/alreadyReversed`` or
    /// ``ArkaError/Kind/inconsistentEntry``, placed where the entry was read from.
    public var error: ArkaError
}
