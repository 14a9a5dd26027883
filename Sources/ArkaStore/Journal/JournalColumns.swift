import ArkaCore

/// The journal's columns, described once in the order of the canonical form: the insert's
/// column lists, the binding of each row and `verify`'s read of the stored rows all come from
/// ``CanonicalForm``'s field lists and the column of each field here. A field added to the form
/// is one case there and its column here.
///
/// ```swift
/// JournalColumns.entry        // ["seq", "id", "date", ..., "posted_at", "prev_hash", "hash"]
/// JournalColumns.posting      // ["id", "account", "amount", ..., "memo"]
/// ```
enum JournalColumns {
    /// The column of the entry's text `field`.
    static func column(_ field: CanonicalForm.EntryText) -> String {
        switch field {
        case .id: "id"
        case .date: "date"
        case .description: "description"
        case .counterparty: "counterparty"
        case .reverses: "reverses"
        case .reversalReason: "reversal_reason"
        case .postedBy: "posted_by"
        case .postedAt: "posted_at"
        }
    }

    /// The column of a document's text `field`.
    static func column(_ field: CanonicalForm.DocumentText) -> String {
        switch field {
        case .kind: "kind"
        case .reference: "reference"
        }
    }

    /// The column of a posting's `field`.
    static func column(_ field: CanonicalForm.PostingField) -> String {
        switch field {
        case .account: "account"
        case .amount: "amount"
        case .currency: "currency"
        case .baseAmount: "base_amount"
        case .rate: "rate"
        case .rateSource: "rate_source"
        case .rateDate: "rate_date"
        case .fund: "fund"
        case .budgetLine: "budget_line"
        case .memo: "memo"
        }
    }

    /// An entry row: its sequence, its texts in the form's order, and the hash chain's two links.
    static let entry = ["seq"] + CanonicalForm.EntryText.allCases.map(column) + ["prev_hash", "hash"]

    /// A document row: its entry's sequence, its place in the entry, its texts in the form's order.
    static let document = ["entry_seq", "position"] + CanonicalForm.DocumentText.allCases.map(column)

    /// A posting row: its key (``PostingKey``), then its fields in the form's order.
    static let posting = ["id"] + CanonicalForm.PostingField.allCases.map(column)
}
