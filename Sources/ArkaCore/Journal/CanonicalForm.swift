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
        var out: [UInt8] = []
        v1(entry, sequence: sequence, into: &out)
        return out
    }

    /// Writes the canonical form's bytes into `out`, replacing what it held (and keeping its capacity).
    public static func v1(_ entry: Entry, sequence: Int64, into out: inout [UInt8]) {
        var form = Writer(reusing: &out)
        defer { out = form.bytes }
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
    /// their form through it too, field for field as ``v1(_:sequence:into:)`` does.
    ///
    /// ```swift
    /// var buffer: [UInt8] = []
    /// var form = CanonicalForm.Writer(reusing: &buffer)
    /// form.field("E1")   // 2:E1
    /// form.field(nil)    // -
    /// form.field(-250)   // 4:-250
    /// ```
    public struct Writer {
        public private(set) var bytes: [UInt8]

        /// A writer that takes `buffer`'s storage, emptied, to write into: a caller writing many
        /// forms hands the same buffer back each time and nothing is allocated.
        public init(reusing buffer: inout [UInt8]) {
            bytes = buffer
            buffer = []
            bytes.removeAll(keepingCapacity: true)
        }

        public mutating func field(_ text: String?) {
            guard var text else { return bytes.append(UInt8(ascii: "-")) }
            text.withUTF8 { field(UnsafeRawBufferPointer($0)) }
        }

        /// A text given as its UTF-8 bytes, or an absent value for nil.
        public mutating func field(_ utf8: UnsafeRawBufferPointer?) {
            guard let utf8 else { return bytes.append(UInt8(ascii: "-")) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.scratchSize) { scratch in
                var start = Self.scratchSize
                Self.prepend(UInt8(ascii: ":"), to: scratch, at: &start)
                Self.prependDigits(of: UInt64(utf8.count), to: scratch, at: &start)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[start...]))
            }
            bytes.append(contentsOf: utf8)
        }

        public mutating func field(_ number: Int64) {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.scratchSize) { scratch in
                var start = Self.scratchSize
                Self.prependDigits(of: number.magnitude, to: scratch, at: &start)
                if number < 0 { Self.prepend(UInt8(ascii: "-"), to: scratch, at: &start) }
                let length = Self.scratchSize - start
                Self.prepend(UInt8(ascii: ":"), to: scratch, at: &start)
                Self.prependDigits(of: UInt64(length), to: scratch, at: &start)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[start...]))
            }
        }

        /// Room for a length, a colon, a sign and the 20 digits of the largest number. A field's
        /// prefix (and a number's text) is written backwards into it and appended at once: the
        /// journal's writer makes a form for every entry, and appending byte by byte was a tenth
        /// of its time.
        private static let scratchSize = 48

        private static func prepend(_ byte: UInt8, to scratch: UnsafeMutableBufferPointer<UInt8>, at start: inout Int) {
            start -= 1
            scratch[start] = byte
        }

        private static func prependDigits(of value: UInt64, to scratch: UnsafeMutableBufferPointer<UInt8>, at start: inout Int) {
            var rest = value
            repeat {
                prepend(UInt8(ascii: "0") + UInt8(rest % 10), to: scratch, at: &start)
                rest /= 10
            } while rest > 0
        }
    }
}
