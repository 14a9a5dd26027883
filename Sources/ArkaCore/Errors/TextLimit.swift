/// What a text a user may give holds, by what it is: the one rule every text is read through.
///
/// Every text a user puts in — a field of a CSV file, a value or key of a YAML file, a
/// command-line option or argument, an environment variable — is checked when it is read,
/// before anything is stored, and refused naming the file, line and field when it breaks the
/// rule. The rule:
///
/// - **UTF-8.** A file's bytes are valid UTF-8; a file that is not is refused naming the line,
///   never read with replacement characters (``decodeFile(_:file:)``).
/// - **No control character** (Unicode's `Cc`: U+0000 NUL to U+001F, U+007F DEL, U+0080 to
///   U+009F) other than the tab. A NUL would be stored whole but read back cut short by the
///   database's C strings and by libxlsxwriter, so a journal row holding one could never be
///   verified again.
/// - **Line breaks (LF, CR, U+2028, U+2029) only in a ``text``**: descriptions, memos, notes,
///   reasons, conditions and every field not named in ``forField(_:)``. A code, name,
///   reference, date, amount or file path is one line (a line break there would split a report's
///   row or a sheet's tab, or make two codes look alike).
/// - **A length limit per kind**, below.
///
/// A refused text is shown at most 80 characters long with its control characters escaped
/// (``shown(_:)``), so that a text of megabytes or one holding escape sequences is never
/// echoed to the terminal.
///
/// Why these length figures: a spreadsheet cell holds at most 32,767 characters (Excel's limit, which
/// libxlsxwriter enforces), and one cell often shows several texts together (a reversal's
/// description quotes the original's; a listing joins an entry's document references). A code
/// names a sheet, a column or a filter and is typed again in other files, so it stays short; a
/// name or a reference fits on a line of a report; a description, memo or reason is a few
/// paragraphs at most — a longer text belongs in a document the entry names. So the longest
/// text a user can give is a sixteenth of a cell, and every report can show it whole.
///
/// Lengths are counted in Unicode characters (code points) as the text is stored: `ë` typed
/// as one character counts one.
///
/// ```swift
/// try TextLimit.check("Zyra në Ballsh", field: "description")   // fine
/// try TextLimit.check("Zyra\nBallsh", field: "counterparty")    // bad-text: a name is one line
/// TextLimit.forField("budget_line")                              // .code
/// ```
public enum TextLimit: Int, Sendable, CaseIterable {
    /// Codes and short values: accounts, funds, budget lines, entry ids, calls, agreements,
    /// applications, products, tags, currencies, dates and amounts. A sheet named after a code
    /// shows at most 31 characters of it (Excel's limit for sheet names); its cells show it whole.
    case code = 40
    /// Names of people, organisations, products, accounts and funds; counterparties, suppliers,
    /// customers, villages, signatories, rate sources.
    case name = 200
    /// Document references: invoice numbers, NIVFs, tax and personal ids, serial numbers,
    /// protocol numbers, and a field listing several of them (`invoice:F-114; nivf:…`).
    case reference = 500
    /// Descriptions, memos, notes, reasons and conditions.
    case text = 2_000
    /// File and folder paths given on the command line (the system's own limit).
    case path = 4_096

    /// The most characters a text of this kind holds.
    public var characters: Int { rawValue }

    /// Whether a text of this kind may hold line breaks: only a ``text`` (a description, memo,
    /// note, reason or condition) spans lines; codes, names, references, dates, amounts and
    /// paths are one line.
    public var allowsLineBreaks: Bool { self == .text }

    /// What the limit is about, for the error message.
    var noun: Sentence {
        switch self {
        case .code: "a code"
        case .name: "a name"
        case .reference: "a reference"
        case .text: "a description, memo, note or reason"
        case .path: "a file path"
        }
    }

    /// The advice given with a refused text.
    var advice: Sentence {
        switch self {
        case .text: "; keep a longer text in a document and name it in the entry"
        case .code: "; a code names a sheet or a column and is typed again in other files"
        default: ""
        }
    }

    /// The kind of a field by its name as files and options spell it (`budget_line`,
    /// `budget-line`, `--budget-line`, `budgetLine`); a field not named here is held to ``text``.
    ///
    /// ```swift
    /// TextLimit.forField("counterparty")   // .name
    /// TextLimit.forField("--reason")       // .text
    /// ```
    public static func forField(_ field: String) -> TextLimit {
        byField[normalised(field)] ?? .text
    }

    /// The field's name as ``byField`` keys it: lower case, words joined by `_`.
    static func normalised(_ field: String) -> String {
        var name = ""
        for character in field.drop(while: { $0 == "-" }) {
            if character == "-" || character == " " {
                name.append("_")
            } else if character.isUppercase {
                if !name.isEmpty { name.append("_") }
                name.append(contentsOf: character.lowercased())
            } else {
                name.append(character)
            }
        }
        return name
    }

    /// Every field name of the files and options that is not held to ``text``.
    static let byField: [String: TextLimit] = {
        var table: [String: TextLimit] = [:]
        let codes = [
            // Codes of the books and of their registers.
            "entry", "id", "account", "parent", "fund", "budget_line", "line", "from_line", "to_line", "heading", "code", "kind",
            "type", "restricted", "conversion", "unit", "sale", "product", "payment", "paid_from", "tag", "agreement", "scheme",
            "recipient", "number", "application", "call", "authority", "from_account", "credit_account", "expense_account",
            "income_account", "base_currency", "reporting_currency", "rounding_account", "exchange_loss_account",
            "equipment_stock_account", "agreement_prefix", "criterion", "conflict", "format", "lang", "by", "report",
            // Short values read as dates, amounts, rates and quantities.
            "currency", "original_currency", "date", "month", "as_of", "to", "action_start", "action_end", "call_date",
            "amount", "original_amount", "balance", "counted", "rate", "quantity", "unit_price", "price", "unit_cost", "units",
            "unit_rate", "minimum", "maximum", "cap", "envelope", "flexibility_limit", "indirect_limit", "contingency_limit",
            "ownership_document_threshold", "undo", "original", "debit", "credit", "vat_rate",
            // Yes-or-no and choice values, and the codes of a business profile, a template and a bank match.
            "legal_entity", "post", "cash", "bank", "cash_difference", "vat_account", "cash_accounts", "sheet", "key",
        ]
        let names = [
            "name", "name_sq", "counterparty", "supplier", "customer", "payee", "village", "signatories", "source", "rate_source",
            "entity", "user", "evaluator", "applicant",
        ]
        let references = [
            "document", "reference", "invoice", "nivf", "nipt", "tax_id", "personal_id", "serial", "protocol", "tags", "items", "notice",
            "addendum", "reports",
        ]
        let paths = ["ledger", "file", "output", "out", "templates", "from", "folder", "grid", "applications", "evaluations", "into"]
        for field in codes { table[field] = .code }
        for field in names { table[field] = .name }
        for field in references { table[field] = .reference }
        for field in paths { table[field] = .path }
        return table
    }()

    /// Refuses a text that breaks the rule for its field (by default, ``forField(_:)``): a
    /// control character, a line break in a one-line field, or more characters than the limit.
    ///
    /// A text of printable ASCII is passed by one look at each byte; nothing is allocated
    /// unless the text is refused.
    ///
    /// ```swift
    /// try TextLimit.check(row.value("memo") ?? "", field: "memo")
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` naming the field, the value (``shown(_:)``) and the
    ///   character refused; ``ArkaError/Kind/textTooLong`` naming the field, the start of the
    ///   value, the limit and the text's length. The caller adds the file and line.
    public static func check(_ text: String, field: String, limit: TextLimit? = nil) throws {
        let limit = limit ?? forField(field)
        var text = text
        let byteCount = text.utf8.count
        // Swift's native strings are contiguous UTF-8; `makeContiguousUTF8` copies only a
        // bridged or foreign one.
        text.makeContiguousUTF8()
        let problem = text.utf8.withContiguousStorageIfAvailable { firstProblem(in: $0, lineBreaks: limit.allowsLineBreaks) } ?? nil
        if let problem { throw refusal(problem, in: text, field: field, limit: limit) }
        // A text of at most as many bytes as the limit has at most as many characters.
        guard byteCount > limit.characters else { return }
        let length = text.unicodeScalars.count
        guard length > limit.characters else { return }
        throw ArkaError(
            .textTooLong, "\(limit.noun) holds at most \(grouped(limit.characters)) characters; this one has \(grouped(length))\(limit.advice)",
            field: field, value: preview(text))
    }

    /// Refuses a text holding a character the rule refuses for its field (a control character, a
    /// line break in a one-line field), whatever its length: what the engine holds a text it
    /// composed to (a reversal's description quotes the reason, which was checked with its limit).
    ///
    /// ```swift
    /// try TextLimit.checkCharacters(entry.description, field: "description")
    /// ```
    /// - Throws: ``ArkaError/Kind/badText`` naming the field, the value and the character refused.
    public static func checkCharacters(_ text: String, field: String, limit: TextLimit? = nil) throws {
        let limit = limit ?? forField(field)
        var text = text
        text.makeContiguousUTF8()
        let problem = text.utf8.withContiguousStorageIfAvailable { firstProblem(in: $0, lineBreaks: limit.allowsLineBreaks) } ?? nil
        if let problem { throw refusal(problem, in: text, field: field, limit: limit) }
    }

    /// The start of a long text, as an error message quotes it.
    public static func preview(_ text: String) -> String {
        let start = text.prefix { !$0.isNewline }.prefix(24)
        return start.count < text.count ? start + "…" : String(start)
    }

    /// `32,768`: a count with thousands separated, as the messages write figures.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
