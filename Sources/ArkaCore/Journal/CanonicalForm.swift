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
        out.removeAll(keepingCapacity: true)
        func decimal(_ number: Int) {
            if number >= 10 { decimal(number / 10) }
            out.append(UInt8(ascii: "0") + UInt8(number % 10))
        }
        func field(_ text: String?) {
            guard var value = text else {
                out.append(UInt8(ascii: "-"))
                return
            }
            value.withUTF8 { bytes in
                decimal(bytes.count)
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: bytes)
            }
        }
        field(versionTag)
        field(String(sequence))
        field(entry.id)
        field(entry.date.description)
        field(entry.description)
        field(entry.counterparty)
        field(entry.reversal?.of)
        field(entry.reversal?.reason)
        field(entry.postedBy)
        field(entry.postedAt)
        field(String(entry.documents.count))
        for document in entry.documents {
            field(document.kind.rawValue)
            field(document.reference)
        }
        field(String(entry.postings.count))
        for posting in entry.postings {
            field(posting.account)
            field(String(posting.amount.minorUnits))
            field(posting.amount.currency.code)
            field(String(posting.baseAmount.minorUnits))
            field(posting.conversion?.rate.description)
            field(posting.conversion?.source)
            field(posting.conversion?.date)
            field(posting.fund)
            field(posting.budgetLine)
            field(posting.memo)
        }
    }
}
