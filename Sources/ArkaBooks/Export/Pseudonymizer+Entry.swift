import ArkaCore
import Foundation

extension Pseudonymizer {
    /// The entry with every text that can name a person shown by pseudonym: its id, description,
    /// counterparty, documents' references, reversal and memos. Dates, accounts, amounts, rates,
    /// funds, budget lines and who posted it stay as they are.
    ///
    /// What the centre keeps of an office's journal (``Ledger/pseudonymizer()``): the office's
    /// books keep the real texts.
    ///
    /// ```swift
    /// let shown = people.entry(stored.entry)
    /// shown.description   // "Handover of 2 items under IGA-2023-01 to AP-1c871cfaea"
    /// ```
    public func entry(_ entry: Entry) -> Entry {
        var shown = entry
        shown.id = text(entry.id)
        shown.description = text(entry.description)
        shown.counterparty = text(entry.counterparty)
        shown.documents = entry.documents.map { DocumentReference(kind: $0.kind, reference: text($0.reference)) }
        shown.reversal = entry.reversal.map { Reversal(of: text($0.of), reason: text($0.reason)) }
        shown.postings = entry.postings.map { posting in
            var posting = posting
            posting.memo = text(posting.memo)
            return posting
        }
        return shown
    }

    /// A row of the record log (the JSON array of the row's values, as SQLite's `json_array`
    /// wrote it, or of its columns' names for a `reshape`) with every text value shown by
    /// pseudonym, as ``text(_:)`` shows it; numbers and nulls stay as they are, a BLOB column is
    /// logged by its SHA-256 already. A row that is not JSON is shown whole through ``text(_:)``.
    public func recordRow(_ row: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(row.utf8), options: [.fragmentsAllowed]) else { return text(row) }
        func shown(_ value: Any) -> Any {
            if let string = value as? String { return text(string) }
            if let array = value as? [Any] { return array.map(shown) }
            if let object = value as? [String: Any] { return object.mapValues(shown) }
            return value
        }
        guard let out = try? JSONSerialization.data(withJSONObject: shown(object), options: [.sortedKeys, .fragmentsAllowed]) else {
            return text(row)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
