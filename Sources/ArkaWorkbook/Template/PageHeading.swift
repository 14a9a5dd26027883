import ArkaCore
/// What every printed page of a workbook's sheet says above and below its rows: the ledger, the
/// report and the period in the header; the sheet and "page N of M" in the footer, in the
/// workbook's language.
///
/// ```swift
/// let heading = PageHeading(ledger: "Mallakastër EU action", report: "Transaction listing", period: "Period 2023-01-01 – 2024-04-12", language: .sq)
/// heading.footer(sheet: "Transaksionet")   // left "Transaksionet", centre "Faqja &P nga &N"
/// ```
public struct PageHeading: Sendable, Equatable {
    /// The ledger's name, the report's title and the period line, as the header shows them.
    public var ledger: String
    public var report: String
    public var period: String
    /// The language of "Page N of M".
    public var language: Language

    /// A heading from the texts it shows.
    public init(ledger: String, report: String, period: String, language: Language) {
        self.ledger = ledger
        self.report = report
        self.period = period
        self.language = language
    }

    /// "Page " and " of " in the language.
    static func pageWords(_ language: Language) -> (page: String, of: String) {
        switch language {
        case .en: ("Page ", " of ")
        case .sq: ("Faqja ", " nga ")
        }
    }

    /// The ledger left, the report centred, the period right.
    public var header: PageText {
        PageText(left: [.text(ledger)], center: [.text(report)], right: [.text(period)])
    }

    /// The sheet's name left, "Page N of M" centred (numbered through the whole printed file).
    public func footer(sheet: String) -> PageText {
        let words = Self.pageWords(language)
        return PageText(left: [.text(sheet)], center: [.text(words.page), .pageNumber, .text(words.of), .pageCount])
    }

    /// The page setup of a sheet laid out as `layout` says, repeating `headerRows`.
    public func pageSetup(sheet: String, layout: ResolvedLayout, headerRows: ClosedRange<Int>?) -> PageSetup {
        PageSetup(landscape: layout.landscape, fit: layout.fit, repeatRows: headerRows, header: header, footer: footer(sheet: sheet))
    }
}
