/// The exact text of an entry that its hash covers.
///
/// Each field is written as its UTF-8 length, a colon and its bytes, so no value can be
/// mistaken for a separator; an absent value is `-`. Changing this form changes every hash:
/// a new form gets a new version tag and old entries keep the form they were hashed with.
///
/// ```swift
/// let text = CanonicalForm.v1(entry, sequence: 7)
/// ```
public enum CanonicalForm {
    public static let versionTag = "arka.entry.v1"

    /// An entry's texts, in the form's order after the version and the sequence.
    public enum EntryText: CaseIterable, Sendable {
        case id, date, description, counterparty, reverses, reversalReason, postedBy, postedAt
    }

    /// A document's texts, in the form's order.
    public enum DocumentText: CaseIterable, Sendable {
        case kind, reference
    }

    /// A posting's fields, in the form's order: its amount and base amount are numbers (minor
    /// units), the rest texts. Adding a posting field to the form is one case here, and its
    /// value in each ``CanonicalFormSource``.
    public enum PostingField: CaseIterable, Sendable {
        case account, amount, currency, baseAmount, rate, rateSource, rateDate, fund, budgetLine, memo

        /// Whether the field is written as a number.
        @inlinable public var isNumber: Bool { self == .amount || self == .baseAmount }
    }

    public static func v1(_ entry: Entry, sequence: Int64) -> String {
        String(decoding: v1Bytes(entry, sequence: sequence), as: UTF8.self)
    }

    /// The canonical form as the UTF-8 bytes the hash reads.
    public static func v1Bytes(_ entry: Entry, sequence: Int64) -> [UInt8] {
        Writer.form(capacity: capacity(of: entry)) { form in write(entry, sequence: sequence, to: &form) }
    }

    /// How many fields a form has: the version, the sequence, the entry's texts and its counts of
    /// documents and postings, then each document's and each posting's fields (twelve, two and
    /// ten in version 1).
    @inlinable
    public static func fields(documents: Int, postings: Int) -> Int {
        4 + EntryText.allCases.count + DocumentText.allCases.count * documents + PostingField.allCases.count * postings
    }

    /// The most bytes the form of `source` can take: its texts, and the most a field adds to its
    /// text. The one size calculation of every form, sized from the same fields ``write(_:sequence:to:)`` writes.
    @inlinable
    public static func capacity<Source: CanonicalFormSource>(of source: Source) -> Int {
        var texts = versionTag.utf8.count
        for field in EntryText.allCases { texts += source.withText(field) { $0?.count ?? 0 } }
        for document in 0..<source.documentCount {
            for field in DocumentText.allCases { texts += source.withText(document: document, field) { $0?.count ?? 0 } }
        }
        for posting in 0..<source.postingCount {
            for field in PostingField.allCases where !field.isNumber { texts += source.withText(posting: posting, field) { $0?.count ?? 0 } }
        }
        return texts + Writer.capacity(fields: fields(documents: source.documentCount, postings: source.postingCount))
    }

    /// Writes the form of `source` as the `sequence`-th entry of the journal: the one writer of
    /// every form, whether of an ``Entry`` (`arka verify`) or of the journal's encoded rows (the
    /// import). `form` holds at least ``capacity(of:)`` bytes.
    @inlinable
    public static func write<Source: CanonicalFormSource>(_ source: Source, sequence: Int64, to form: inout Writer) {
        form.field(versionTag)
        form.field(sequence)
        for field in EntryText.allCases { source.withText(field) { form.field($0) } }
        form.field(Int64(source.documentCount))
        for document in 0..<source.documentCount {
            for field in DocumentText.allCases { source.withText(document: document, field) { form.field($0) } }
        }
        form.field(Int64(source.postingCount))
        for posting in 0..<source.postingCount {
            for field in PostingField.allCases {
                if field.isNumber {
                    form.field(source.number(posting: posting, field))
                } else {
                    source.withText(posting: posting, field) { form.field($0) }
                }
            }
        }
    }

    /// Writes the fields of a canonical form: each as its UTF-8 length, a colon and its bytes; an
    /// absent value as `-`; a number as its decimal text. Journal rows encoded for insertion write
    /// their form through it too, field for field as ``v1Bytes(_:sequence:)`` does.
    ///
    /// It writes into memory sized beforehand by ``capacity(fields:)`` plus the bytes of the
    /// texts: the journal's writer makes a form for every entry, and a byte array's checks on
    /// each append were a tenth of its time.
    ///
    /// ```swift
    /// let bytes = CanonicalForm.Writer.form(capacity: 2 + CanonicalForm.Writer.capacity(fields: 3)) { form in
    ///     form.field("E1")   // 2:E1
    ///     form.field(nil)    // -
    ///     form.field(-250)   // 4:-250
    /// }
    /// ```
    public struct Writer {
        @usableFromInline let start: UnsafeMutablePointer<UInt8>
        @usableFromInline let capacity: Int
        /// The bytes written so far.
        @inlinable public var count: Int { written }
        @usableFromInline var written = 0

        /// The most bytes `fields` fields add to their texts: a length, a colon, and a number's
        /// sign and 20 digits.
        @inlinable public static func capacity(fields: Int) -> Int { 24 * fields }

        /// A writer into `buffer`, which must hold the form.
        public init(into buffer: UnsafeMutableBufferPointer<UInt8>) {
            start = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!
            capacity = buffer.count
        }

        /// The form that `write` writes, in a new array of at most `capacity` bytes.
        public static func form(capacity: Int, _ write: (inout Writer) -> Void) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var writer = Writer(into: buffer)
                write(&writer)
                count = writer.count
            }
        }

        @inlinable
        public mutating func field(_ text: String?) {
            guard let text else { return absent() }
            if text.utf8.withContiguousStorageIfAvailable({ field(UnsafeRawBufferPointer($0)) }) == nil {
                Array(text.utf8).withUnsafeBytes { field($0) }
            }
        }

        /// A text given as its UTF-8 bytes, or an absent value for nil.
        @inlinable
        public mutating func field(_ utf8: UnsafeRawBufferPointer?) {
            guard let utf8 else { return absent() }
            digits(of: UInt64(utf8.count))
            put(UInt8(ascii: ":"))
            take(utf8.count)
            if let source = utf8.baseAddress { UnsafeMutableRawPointer(start + written).copyMemory(from: source, byteCount: utf8.count) }
            written += utf8.count
        }

        @inlinable
        public mutating func field(_ number: Int64) {
            let digits = Self.digitCount(number.magnitude)
            self.digits(of: UInt64(digits + (number < 0 ? 1 : 0)))
            put(UInt8(ascii: ":"))
            if number < 0 { put(UInt8(ascii: "-")) }
            self.digits(of: number.magnitude, count: digits)
        }

        @inlinable mutating func absent() { put(UInt8(ascii: "-")) }

        /// Checks that `bytes` more fit: a form longer than its capacity is a fault in the
        /// capacity's sum, never in an entry.
        @inlinable func take(_ bytes: Int) {
            precondition(written + bytes <= capacity, "a canonical form outgrew the capacity computed for it")
        }

        @inlinable mutating func put(_ byte: UInt8) {
            take(1)
            start[written] = byte
            written += 1
        }

        @inlinable static func digitCount(_ value: UInt64) -> Int {
            var digits = 1
            var rest = value / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            return digits
        }

        @inlinable mutating func digits(of value: UInt64) {
            digits(of: value, count: Self.digitCount(value))
        }

        /// Writes `value`'s `digits` decimal digits, the last first.
        @inlinable mutating func digits(of value: UInt64, count digits: Int) {
            take(digits)
            var rest = value
            var index = written + digits - 1
            repeat {
                start[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                index -= 1
            } while rest > 0
            written += digits
        }
    }
}

/// An entry as its canonical form reads it: each field of ``CanonicalForm``'s lists lent as
/// UTF-8 bytes (nil for an absent value), and a posting's amounts as numbers. An ``Entry`` is
/// one; the journal's encoded rows are another; both are hashed through
/// ``CanonicalForm/write(_:sequence:to:)``, so the import and `arka verify` write the same form.
///
/// ```swift
/// let bytes = CanonicalForm.Writer.form(capacity: CanonicalForm.capacity(of: entry)) { form in
///     CanonicalForm.write(entry, sequence: 7, to: &form)
/// }
/// ```
public protocol CanonicalFormSource {
    /// Calls `body` with the entry's text `field`, or nil when the entry has none.
    func withText<Value>(_ field: CanonicalForm.EntryText, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value
    /// How many documents the entry names.
    var documentCount: Int { get }
    /// Calls `body` with the text `field` of the entry's `document`-th document.
    func withText<Value>(document: Int, _ field: CanonicalForm.DocumentText, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value
    /// How many postings the entry has.
    var postingCount: Int { get }
    /// Calls `body` with the text `field` of the entry's `posting`-th posting, or nil when it has none.
    func withText<Value>(posting: Int, _ field: CanonicalForm.PostingField, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value
    /// The number `field` (``CanonicalForm/PostingField/amount`` or ``CanonicalForm/PostingField/baseAmount``,
    /// minor units) of the entry's `posting`-th posting.
    func number(posting: Int, _ field: CanonicalForm.PostingField) -> Int64
}

extension Entry: CanonicalFormSource {
    /// Lends the UTF-8 bytes of `text`, or nil.
    static func lend<Value>(_ text: String?, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
        guard let text else { return body(nil) }
        return text.utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }
            ?? Array(text.utf8).withUnsafeBytes { body($0) }
    }

    public func withText<Value>(_ field: CanonicalForm.EntryText, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
        switch field {
        case .id: return Self.lend(id, body)
        case .date: return Self.lend(date.description, body)
        case .description: return Self.lend(description, body)
        case .counterparty: return Self.lend(counterparty, body)
        case .reverses: return Self.lend(reversal?.of, body)
        case .reversalReason: return Self.lend(reversal?.reason, body)
        case .postedBy: return Self.lend(postedBy, body)
        case .postedAt: return Self.lend(postedAt, body)
        }
    }

    public var documentCount: Int { documents.count }

    public func withText<Value>(document: Int, _ field: CanonicalForm.DocumentText, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
        switch field {
        case .kind: return Self.lend(documents[document].kind.rawValue, body)
        case .reference: return Self.lend(documents[document].reference, body)
        }
    }

    public var postingCount: Int { postings.count }

    public func withText<Value>(posting index: Int, _ field: CanonicalForm.PostingField, _ body: (UnsafeRawBufferPointer?) -> Value) -> Value {
        let posting = postings[index]
        switch field {
        case .account: return Self.lend(posting.account, body)
        case .currency: return Self.lend(posting.amount.currency.code, body)
        case .rate: return Self.lend(posting.conversion?.rate.description, body)
        case .rateSource: return Self.lend(posting.conversion?.source, body)
        case .rateDate: return Self.lend(posting.conversion?.date, body)
        case .fund: return Self.lend(posting.fund, body)
        case .budgetLine: return Self.lend(posting.budgetLine, body)
        case .memo: return Self.lend(posting.memo, body)
        case .amount, .baseAmount: return body(nil)
        }
    }

    public func number(posting index: Int, _ field: CanonicalForm.PostingField) -> Int64 {
        field == .amount ? postings[index].amount.minorUnits : postings[index].baseAmount.minorUnits
    }
}
