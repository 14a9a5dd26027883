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

        /// The row's text `field`.
        func text(_ field: CanonicalForm.EntryText) -> Text {
            switch field {
            case .id: id
            case .date: date
            case .description: description
            case .counterparty: counterparty
            case .reverses: reverses
            case .reversalReason: reversalReason
            case .postedBy: postedBy
            case .postedAt: postedAt
            }
        }
    }

    struct DocumentRow: Sendable {
        var kind: Text
        var reference: Text

        /// The row's text `field`.
        func text(_ field: CanonicalForm.DocumentText) -> Text {
            switch field {
            case .kind: kind
            case .reference: reference
            }
        }
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

        /// The row's text `field`; NULL for a number field.
        func text(_ field: CanonicalForm.PostingField) -> Text {
            switch field {
            case .account: account
            case .currency: currency
            case .rate: rate
            case .rateSource: rateSource
            case .rateDate: rateDate
            case .fund: fund
            case .budgetLine: budgetLine
            case .memo: memo
            case .amount, .baseAmount: .null
            }
        }

        /// The row's number `field` (``CanonicalForm/PostingField/amount`` or
        /// ``CanonicalForm/PostingField/baseAmount``, minor units).
        func number(_ field: CanonicalForm.PostingField) -> Int64 { field == .amount ? amount : baseAmount }
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

    /// The entry at `index` as its canonical form reads it, its texts in `bytes` (this batch's
    /// bytes, lent by the caller): ``CanonicalForm/capacity(of:)`` sizes its form and
    /// ``CanonicalForm/write(_:sequence:to:)`` writes it, byte for byte the form of the entry
    /// encoded, which is what `arka verify` recomputes from the stored rows.
    func canonicalSource(at index: Int, bytes: UnsafeRawBufferPointer) -> CanonicalRows {
        CanonicalRows(rows: self, entry: entries[index], bytes: bytes)
    }

    /// One entry of encoded rows, as a ``CanonicalFormSource``: each field as the row holds it.
    struct CanonicalRows: CanonicalFormSource {
        let rows: JournalRows
        let entry: EntryRow
        let bytes: UnsafeRawBufferPointer

        /// The bytes of `text` in this batch, or nil for NULL.
        @inline(__always)
        func lend(_ text: Text) -> UnsafeRawBufferPointer? {
            text.count < 0 ? nil : UnsafeRawBufferPointer(rebasing: bytes[text.offset..<text.offset + text.count])
        }

        func withText<Value>(_ field: CanonicalForm.EntryText, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
            body(lend(entry.text(field)))
        }

        var documentCount: Int { entry.documents.count }

        func withText<Value>(document: Int, _ field: CanonicalForm.DocumentText, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
            body(lend(rows.documents[entry.documents.lowerBound + document].text(field)))
        }

        var postingCount: Int { entry.postings.count }

        func withText<Value>(posting: Int, _ field: CanonicalForm.PostingField, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
            body(lend(rows.postings[entry.postings.lowerBound + posting].text(field)))
        }

        func number(posting: Int, _ field: CanonicalForm.PostingField) -> Int64 {
            rows.postings[entry.postings.lowerBound + posting].number(field)
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
