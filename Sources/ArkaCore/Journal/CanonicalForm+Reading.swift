/// Reading a canonical form back into the entry it was written from: what a copy of the journal
/// that keeps only the forms (the programme's centre) needs to show the entries again, and what
/// checks that the rows kept beside a form say what it says.
extension CanonicalForm {
    /// The sequence and the entry that `form` (version 1) was written from, its amounts in their
    /// currencies and its base amounts in `base`. Reading a form and writing it again gives the
    /// same bytes (`v1Bytes`), hence the same hash.
    ///
    /// ```swift
    /// let (sequence, entry) = try CanonicalForm.read(CanonicalForm.v1Bytes(entry, sequence: 7), base: .lek)
    /// ```
    /// - Throws: ``ArkaError/Kind/brokenJournal`` naming the field that is not as the form writes
    ///   it (a form cut short or changed); the errors of a date, currency or rate that does not read.
    public static func read(_ form: [UInt8], base: Currency) throws -> (sequence: Int64, entry: Entry) {
        var reader = Reader(bytes: form)
        guard try reader.text("version") == versionTag else {
            throw ArkaError(.brokenJournal, "not a canonical form of version 1", field: "version", value: "")
        }
        let sequence = try reader.number("sequence")
        var texts: [EntryText: String?] = [:]
        for field in EntryText.allCases { texts[field] = try reader.optionalText("\(field)") }
        func text(_ field: EntryText) -> String? { texts[field] ?? nil }
        var documents: [DocumentReference] = []
        for _ in 0..<(try reader.count("documents")) {
            let kindText = try reader.text("document kind")
            guard let kind = DocumentReference.Kind(rawValue: kindText) else {
                throw ArkaError(.brokenJournal, "not a kind of document", field: "document kind", value: kindText)
            }
            documents.append(DocumentReference(kind: kind, reference: try reader.text("document reference")))
        }
        var postings: [Posting] = []
        for _ in 0..<(try reader.count("postings")) {
            let account = try reader.text("account")
            let amount = try reader.number("amount")
            let currency = try Currency(code: try reader.text("currency"))
            let baseAmount = try reader.number("base amount")
            let rate = try reader.optionalText("rate")
            let rateSource = try reader.optionalText("rate source")
            let rateDate = try reader.optionalText("rate date")
            let fund = try reader.optionalText("fund")
            let budgetLine = try reader.optionalText("budget line")
            let memo = try reader.optionalText("memo")
            var conversion: PostingConversion?
            if let rate {
                conversion = PostingConversion(
                    baseAmount: Money(minorUnits: baseAmount, currency: base), rate: try ExchangeRate.parse(rate), source: rateSource ?? "",
                    date: rateDate ?? "")
            }
            postings.append(
                Posting(
                    account: account, amount: Money(minorUnits: amount, currency: currency), fund: fund, budgetLine: budgetLine, memo: memo,
                    conversion: conversion))
        }
        guard reader.isAtEnd else { throw ArkaError(.brokenJournal, "the form goes on after its last posting", field: "form", value: "") }
        let dateText = text(.date) ?? ""
        let entry = Entry(
            id: text(.id) ?? "", date: try LedgerDate.parse(dateText, field: "date"), description: text(.description) ?? "",
            counterparty: text(.counterparty), documents: documents, postings: postings,
            reversal: text(.reverses).map { Reversal(of: $0, reason: text(.reversalReason) ?? "") }, postedBy: text(.postedBy) ?? "",
            postedAt: text(.postedAt) ?? "")
        return (sequence, entry)
    }

    /// Reads the fields ``Writer`` writes: a length, a colon and the bytes; `-` for none.
    struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        /// A field's bytes, or nil for an absent one.
        mutating func field(_ name: String) throws -> ArraySlice<UInt8>? {
            guard position < bytes.count else { throw ArkaError(.brokenJournal, "the form ends before this field", field: name, value: "") }
            if bytes[position] == UInt8(ascii: "-") {
                position += 1
                return nil
            }
            var length = 0
            while position < bytes.count, bytes[position] != UInt8(ascii: ":") {
                let digit = Int(bytes[position]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit), length <= (Int.max - digit) / 10 else {
                    throw ArkaError(.brokenJournal, "a field's length is not a number", field: name, value: "")
                }
                length = length * 10 + digit
                position += 1
            }
            guard position < bytes.count, bytes.count - position - 1 >= length else {
                throw ArkaError(.brokenJournal, "the form ends inside this field", field: name, value: "")
            }
            let start = position + 1
            position = start + length
            return bytes[start..<position]
        }

        mutating func optionalText(_ name: String) throws -> String? {
            try field(name).map { String(decoding: $0, as: UTF8.self) }
        }

        mutating func text(_ name: String) throws -> String {
            guard let text = try optionalText(name) else { throw ArkaError(.brokenJournal, "this field may not be absent", field: name, value: "-") }
            return text
        }

        mutating func number(_ name: String) throws -> Int64 {
            let text = try self.text(name)
            guard let number = Int64(text) else { throw ArkaError(.brokenJournal, "not a whole number", field: name, value: text) }
            return number
        }

        mutating func count(_ name: String) throws -> Int {
            let number = try self.number(name)
            guard (0...65_536).contains(number) else { throw ArkaError(.brokenJournal, "not a count of this form", field: name, value: String(number)) }
            return Int(number)
        }
    }
}
