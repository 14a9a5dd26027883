import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

/// Everything a workbook is made from: the open ledger, the period, the language, how people
/// are named, and the time it is generated at.
///
/// ```swift
/// let context = ExportContext(ledger: ledger, from: nil, to: try LedgerDate.parse("2024-12-31"), language: .en,
///                             naming: .pseudonyms, generatedAt: Date())
/// ```
public struct ExportContext {
    public enum Naming: Sendable {
        /// Applicants and recipients by name and personal id.
        case names
        /// Natural persons (applicants, recipients who are not legal entities) by a stable
        /// pseudonym, in every sheet and every text; no name, no personal id, no recipient code.
        case pseudonyms
    }

    public var ledger: Ledger
    public var from: LedgerDate?
    public var to: LedgerDate?
    public var language: Language
    public var naming: Naming
    public var generatedAt: Date
    /// The title of the file that holds this workbook among others (the audit pack), put before
    /// the report's own title in the header of its printed pages.
    public var containerTitle: String?

    /// The ledger's pseudonymizer, made once for the whole export.
    private let made = Made()

    private final class Made {
        var people: Pseudonymizer?
        var ledger: Ledger?
    }

    /// How persons are shown: the ledger's ``Pseudonymizer`` under pseudonyms, nil under names.
    /// - Throws: a database error, or ``ArkaError`` when a stored call no longer reads.
    public func people() throws -> Pseudonymizer? {
        guard naming == .pseudonyms else { return nil }
        if let known = made.people, made.ledger === ledger { return known }
        let people = try ledger.pseudonymizer()
        made.people = people
        made.ledger = ledger
        return people
    }

    public init(ledger: Ledger, from: LedgerDate?, to: LedgerDate?, language: Language, naming: Naming, generatedAt: Date) {
        self.ledger = ledger
        self.from = from
        self.to = to
        self.language = language
        self.naming = naming
        self.generatedAt = generatedAt
    }

    /// "2023-01-01 – 2024-12-31": the period asked for, else from the action's start to the
    /// latest entry.
    func period() -> String {
        let start = from?.description ?? ledger.settings.actionStart?.description ?? "…"
        let end = to?.description ?? (try? ledger.lastEntryDate()).flatMap { $0 } ?? "…"
        return "\(start) – \(end)"
    }

    /// "Period 2023-01-01 – 2024-12-31", in the template's words.
    func periodLine(_ template: WorkbookTemplate) -> String {
        "\(template.label("period", language)) \(period())"
    }

    /// The lines under every sheet's title: the ledger, its entity and the period.
    func subtitle(_ template: WorkbookTemplate) -> [String] {
        [ledger.settings.name + (ledger.settings.entity.isEmpty ? "" : " · \(ledger.settings.entity)"), periodLine(template)]
    }

    /// A label with its placeholders filled: `{base}` and `{reporting}` become the ledger's base
    /// and reporting currencies.
    func wording(_ text: String) -> String {
        guard text.contains("{") else { return text }
        return text.replacingOccurrences(of: "{base}", with: ledger.baseCurrency.code)
            .replacingOccurrences(of: "{reporting}", with: ledger.settings.reportingCurrency.code)
    }

    /// A report's phrase in the template's words for this context's language: the label of its
    /// key with its values filled in.
    func worded(_ phrase: Phrase, _ template: WorkbookTemplate) -> String {
        phrase.worded(template.label(phrase.key, language))
    }

    /// What the printed pages of a workbook's sheets say above and below their rows: the ledger,
    /// the report (within its container's title) and the period; the sheet and its page number.
    func pageHeading(_ template: WorkbookTemplate) -> PageHeading {
        let report = wording(template.title.text(language))
        return PageHeading(
            ledger: ledger.settings.name, report: containerTitle.map { "\($0) – \(report)" } ?? report, period: periodLine(template),
            language: language)
    }

    /// A listing sheet of a workbook in this context's language and wording, its pages headed
    /// with the ledger, the report and the period.
    /// - Throws: ``ArkaError/Kind/workbook``.
    /// `placeholders` fill more of them (`{fund}`, `{call}`) in its name, title and labels.
    func listing<Row>(
        _ book: Workbook, _ workbook: WorkbookTemplate, _ sheet: SheetTemplate, _ columns: [ListingColumn<Row>], _ styles: WorkbookStyles,
        placeholders: [String: String] = [:]
    ) throws -> ListingSheet<Row> {
        try ListingSheet(
            book: book, template: sheet, columns: columns, language: language, styles: styles, page: pageHeading(workbook),
            wording: { text in
                placeholders.reduce(wording(text)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
            })
    }

    /// Calls `body` with each posting of the period to `accounts` (all when nil), in `order`,
    /// streaming: a million postings never sit in memory together.
    /// - Throws: a database error, or what `body` throws.
    func forEachPosting(accounts: Set<String>?, order: ListingOrder, _ body: (PostingLine) throws -> Void) throws {
        try ledger.forEachPosting(accounts: accounts, from: from, to: to, order: order, body)
    }

    /// The codes of the expense accounts in the chart.
    var expenseAccounts: Set<String> {
        Set(ledger.definition.accounts.filter { $0.type == .expense }.map(\.code))
    }

    /// Accounts whose expense donors do not accept: exchange losses and conversion rounding.
    var ineligibleAccounts: Set<String> {
        Set([ledger.settings.exchangeLossAccount, ledger.settings.roundingAccount].compactMap { $0 })
    }

    /// The template's `note` sheet, holding one line: why the workbook has nothing else to show
    /// (no fund marked for the proof of use, no call stored, a missing reporting rate).
    /// - Throws: ``ArkaError/Kind/workbook``.
    func writeNote(_ text: String, into book: Workbook, template: WorkbookTemplate) throws {
        guard let sheet = template.sheet("note") else { return }
        let styles = WorkbookStyles(formats: template.formats)
        let listing = try self.listing(book, template, sheet, [ListingColumn<String>(key: "note", style: styles.wrapped, value: { .text($0) })], styles)
        try listing.start(subtitle: subtitle(template))
        try listing.add(text)
        try listing.finish(totalLabel: nil)
    }

    /// What keeps the books' figures from being converted to the reporting currency: a missing
    /// reporting rate, a budget kept in another currency. A donor report says so in place of its
    /// figures rather than stop the export.
    static let unconvertible: Set<ArkaError.Kind> = [.missingRate, .unknownCurrency]

    /// Why a report cannot be made, after the template's `lead`: "…: ALL 2024-01: no rate of ALL
    /// to EUR for the month; add it to the reporting rates (arka rates add --reporting FILE)".
    func notMade(_ error: ArkaError, _ lead: String) -> String {
        guard error.kind == .missingRate else { return "\(lead) \(error.sentence)" }
        return "\(lead) \(error.location.value.map { "\($0): " } ?? "")\(error.sentence) (arka rates add --reporting FILE)"
    }

    func accountName(_ code: String) -> String {
        guard let account = ledger.context.chart.account(code) else { return "" }
        if language == .sq, let albanian = account.nameAlbanian, !albanian.isEmpty { return albanian }
        return account.name
    }
}

/// A NIPT/NUIS (`K31524015A`: a letter, eight digits, a letter, standing alone) named in a
/// counterparty or memo, if any. Scans the UTF-8 bytes without copying: it runs for every row of
/// a million-row listing.
func taxID(in text: String?) -> String? {
    guard var text, text.utf8.count >= 10 else { return nil }
    return text.withUTF8 { bytes -> String? in
        func isLetter(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        func isWordByte(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) || (c >= 97 && c <= 122) }
        var start = 0
        while start + 10 <= bytes.count {
            if isLetter(bytes[start]), isLetter(bytes[start + 9]), (start == 0 || !isWordByte(bytes[start - 1])),
                (start + 10 == bytes.count || !isWordByte(bytes[start + 10])), (1...8).allSatisfy({ isDigit(bytes[start + $0]) })
            {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + 10)]), as: UTF8.self)
            }
            start += 1
        }
        return nil
    }
}
