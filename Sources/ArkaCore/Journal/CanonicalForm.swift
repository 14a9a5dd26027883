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

    public static func v1(_ entry: Entry, sequence: Int64) -> String {
        String(decoding: v1Bytes(entry, sequence: sequence), as: UTF8.self)
    }

    /// The canonical form as the UTF-8 bytes the hash reads.
    public static func v1Bytes(_ entry: Entry, sequence: Int64) -> [UInt8] {
        Writer.form(capacity: capacity(of: entry)) { form in write(entry, sequence: sequence, to: &form) }
    }

    /// The most bytes the entry's form can take: its texts, and the most a field adds to its text.
    static func capacity(of entry: Entry) -> Int {
        func bytes(_ text: String?) -> Int { text?.utf8.count ?? 0 }
        var texts = bytes(versionTag) + bytes(entry.id) + 10 + bytes(entry.description) + bytes(entry.counterparty)
        texts += bytes(entry.reversal?.of) + bytes(entry.reversal?.reason) + bytes(entry.postedBy) + bytes(entry.postedAt)
        for document in entry.documents { texts += bytes(document.kind.rawValue) + bytes(document.reference) }
        for index in entry.postings.indices {
            let conversion = entry.postings[index].conversion
            texts += bytes(entry.postings[index].account) + bytes(entry.postings[index].amount.currency.code)
            texts += bytes(conversion?.rate.description) + bytes(conversion?.source) + bytes(conversion?.date)
            texts += bytes(entry.postings[index].fund) + bytes(entry.postings[index].budgetLine) + bytes(entry.postings[index].memo)
        }
        return texts + Writer.capacity(fields: fields(documents: entry.documents.count, postings: entry.postings.count))
    }

    /// How many fields a form has: twelve for the entry (the version, its sequence, its eight
    /// texts, its counts of documents and of postings), two a document, ten a posting.
    public static func fields(documents: Int, postings: Int) -> Int { 12 + 2 * documents + 10 * postings }

    static func write(_ entry: Entry, sequence: Int64, to form: inout Writer) {
        form.field(versionTag)
        form.field(sequence)
        form.field(entry.id)
        form.field(entry.date.description)
        form.field(entry.description)
        form.field(entry.counterparty)
        form.field(entry.reversal?.of)
        form.field(entry.reversal?.reason)
        form.field(entry.postedBy)
        form.field(entry.postedAt)
        form.field(Int64(entry.documents.count))
        for document in entry.documents {
            form.field(document.kind.rawValue)
            form.field(document.reference)
        }
        form.field(Int64(entry.postings.count))
        for posting in entry.postings {
            form.field(posting.account)
            form.field(posting.amount.minorUnits)
            form.field(posting.amount.currency.code)
            form.field(posting.baseAmount.minorUnits)
            form.field(posting.conversion?.rate.description)
            form.field(posting.conversion?.source)
            form.field(posting.conversion?.date)
            form.field(posting.fund)
            form.field(posting.budgetLine)
            form.field(posting.memo)
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
        private let start: UnsafeMutablePointer<UInt8>
        private let capacity: Int
        /// The bytes written so far.
        public private(set) var count = 0

        /// The most bytes `fields` fields add to their texts: a length, a colon, and a number's
        /// sign and 20 digits.
        public static func capacity(fields: Int) -> Int { 24 * fields }

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

        public mutating func field(_ text: String?) {
            guard let text else { return absent() }
            if text.utf8.withContiguousStorageIfAvailable({ field(UnsafeRawBufferPointer($0)) }) == nil {
                Array(text.utf8).withUnsafeBytes { field($0) }
            }
        }

        /// A text given as its UTF-8 bytes, or an absent value for nil.
        public mutating func field(_ utf8: UnsafeRawBufferPointer?) {
            guard let utf8 else { return absent() }
            digits(of: UInt64(utf8.count))
            put(UInt8(ascii: ":"))
            take(utf8.count)
            if let source = utf8.baseAddress { UnsafeMutableRawPointer(start + count).copyMemory(from: source, byteCount: utf8.count) }
            count += utf8.count
        }

        public mutating func field(_ number: Int64) {
            let digits = Self.digitCount(number.magnitude)
            self.digits(of: UInt64(digits + (number < 0 ? 1 : 0)))
            put(UInt8(ascii: ":"))
            if number < 0 { put(UInt8(ascii: "-")) }
            self.digits(of: number.magnitude, count: digits)
        }

        private mutating func absent() { put(UInt8(ascii: "-")) }

        /// Checks that `bytes` more fit: a form longer than its capacity is a fault in the
        /// capacity's sum, never in an entry.
        private func take(_ bytes: Int) {
            precondition(count + bytes <= capacity, "a canonical form outgrew the capacity computed for it")
        }

        private mutating func put(_ byte: UInt8) {
            take(1)
            start[count] = byte
            count += 1
        }

        private static func digitCount(_ value: UInt64) -> Int {
            var digits = 1
            var rest = value / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            return digits
        }

        private mutating func digits(of value: UInt64) {
            digits(of: value, count: Self.digitCount(value))
        }

        /// Writes `value`'s `digits` decimal digits, the last first.
        private mutating func digits(of value: UInt64, count digits: Int) {
            take(digits)
            var rest = value
            var index = count + digits - 1
            repeat {
                start[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                index -= 1
            } while rest > 0
            count += digits
        }
    }
}
