import ArkaCore

/// One register kept beside the journal, set against the journal's control figure for it.
///
/// `arka verify` prints one line per reconciliation; any difference makes it exit 1. A
/// register agrees with the books when its total equals the control total and no item
/// differs (ISRS 4400: the auditor relies on the accounting system's records, so each record
/// must rest on the journal).
///
/// ```swift
/// let line = RegisterReconciliation(
///     register: "equipment in stock", control: "account 3100",
///     registerTotal: lek(250_000), controlTotal: lek(250_000), differences: [])
/// line.agrees   // true
/// ```
public struct RegisterReconciliation: Sendable, Equatable {
    /// The register, as a person names it: "equipment in stock", "sales by product"; said in
    /// the language of the text it is put in.
    public var register: Sentence
    /// What it is set against: "account 3100 (stock of equipment for handover)".
    public var control: Sentence
    /// The register's total, in the control account's currency (the base currency).
    public var registerTotal: Money
    /// The journal's figure for the same thing.
    public var controlTotal: Money
    /// Each item that differs, in one sentence naming the item and the amount; empty when it agrees.
    public var differences: [String]
    /// The register, the control and each difference as ``Phrase``s, for a workbook's wording
    /// (keys among ``phraseKeys``); nil for a reconciliation stated only in English.
    public var phrases: Phrases?

    /// ``register``, ``control`` and ``differences`` as phrases, in the same order.
    public struct Phrases: Sendable, Equatable {
        public var register: Phrase
        public var control: Phrase
        public var differences: [Phrase]

        public init(register: Phrase, control: Phrase, differences: [Phrase] = []) {
            self.register = register
            self.control = control
            self.differences = differences
        }
    }

    public init(
        register: Sentence, control: Sentence, registerTotal: Money, controlTotal: Money, differences: [String] = [], phrases: Phrases? = nil
    ) {
        self.register = register
        self.control = control
        self.registerTotal = registerTotal
        self.controlTotal = controlTotal
        self.differences = differences
        self.phrases = phrases
    }

    /// True when the totals are equal and no item differs.
    public var agrees: Bool { registerTotal == controlTotal && differences.isEmpty }

    /// Every key a reconciliation's phrases may have: a workbook template words each.
    public static let phraseKeys = [
        "register.equipment_in_stock", "register.equipment_handed_over", "register.agreements_consumed", "register.goods_in_stock",
        "register.sales_by_product", "register.statement_lines", "register.cash_counts",
        "control.account", "control.in_kind_expense", "control.agreement_postings", "control.sale_income", "control.statement_entries",
        "control.cash_count_entries",
        "difference.entry_without_item", "difference.stock_differs", "difference.entry_without_handover", "difference.handed_over_differs",
        "difference.agreement_differs", "difference.product_differs", "difference.entry_without_quantities", "difference.sales_differ",
        "difference.statement_line_reversed", "difference.statement_line_differs", "difference.cash_count_differs",
        "difference.cash_count_without_entry",
    ]
}

/// The differences of a reconciliation as it finds them: each sentence and its phrase.
struct Differences {
    var texts: [String] = []
    var phrases: [Phrase] = []
    var isEmpty: Bool { texts.isEmpty }

    mutating func append(_ text: String, _ phrase: Phrase) {
        texts.append(text)
        phrases.append(phrase)
    }
}
