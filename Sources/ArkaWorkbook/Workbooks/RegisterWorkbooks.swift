import ArkaBooks
import ArkaCore
import ArkaRules
import ArkaStore

/// The register of financial support to third parties: each agreement with its recipient
/// (named, or, for a natural person under pseudonyms, by pseudonym without code or personal id), their score and the decision, the items or
/// cash given in the agreement's currency and the base currency, the running total per
/// recipient against the scheme's cap, the handover documents and the status.
///
/// ```swift
/// try ThirdPartiesWorkbook().write(into: book, template: template, context: context)
/// ```
public struct ThirdPartiesWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "third-parties",
        sheets: [
            "third-parties": [
                "recipient", "name", "type", "id", "village", "call", "score", "rank", "decision_date", "agreement", "scheme", "support",
                "currency", "amount", "given", "given_base", "running_total", "cap", "handover", "status",
            ]
        ],
        labels: commonLabels + ["items", "cash", "kind.farm", "kind.small-business", "kind.social-business", "status.open", "status.completed", "status.cancelled"])

    public init() {}

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        guard let sheet = template.sheet("third-parties") else { return WorkbookFigures() }
        let language = context.language
        let styles = WorkbookStyles(formats: template.formats)
        let register = try context.ledger.thirdPartyRegister(asOf: context.to)
        let base = register.base
        typealias Row = ThirdPartyRegister.Row
        let people = try context.people()
        let baseStyle = styles.money(base.code)
        // A natural person, under pseudonyms, by their pseudonym in place of code and name, and no id.
        func pseudonym(_ row: Row) -> String? { people?.recipient(row.position.agreement.recipient) }
        let columns: [ListingColumn<Row>] = [
            ListingColumn(key: "recipient", style: styles.text, value: { .text(pseudonym($0) ?? $0.position.agreement.recipient) }),
            ListingColumn(key: "name", style: styles.text, value: { .optionalText(pseudonym($0) ?? $0.recipient?.name) }),
            ListingColumn(key: "type", style: styles.text, value: { row in .optionalText(row.recipient.map { template.label("kind.\($0.kind.rawValue)", language) }) }),
            ListingColumn(key: "id", style: styles.text, value: { pseudonym($0) == nil ? .optionalText($0.recipient?.taxID) : .blank }),
            ListingColumn(key: "village", style: styles.text, value: { .optionalText($0.recipient?.village) }),
            ListingColumn(key: "call", style: styles.text, value: { .optionalText($0.award?.call) }),
            ListingColumn(key: "score", style: styles.points, value: { row in
                row.award?.score.map { .number(SpreadsheetNumber(units: $0.hundredths, exponent: 2)) } ?? .blank
            }),
            ListingColumn(key: "rank", style: styles.integer, value: { row in row.award.map { .number(SpreadsheetNumber($0.rank)) } ?? .blank }),
            ListingColumn(key: "decision_date", style: styles.date, value: { .date($0.position.agreement.date) }),
            ListingColumn(key: "agreement", style: styles.text, value: { .text($0.position.agreement.number) }),
            ListingColumn(key: "scheme", style: styles.text, value: { .text($0.position.agreement.scheme) }),
            ListingColumn(key: "support", style: styles.wrapped, value: { row in
                row.items.isEmpty
                    ? .text(template.label("cash", language))
                    : .text("\(template.label("items", language)): " + row.items.map { "\($0.item.tag) \($0.item.description)" }.joined(separator: "; "))
            }),
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.position.agreement.amount.currency.code) }),
            ListingColumn(key: "amount", style: { styles.money($0.position.agreement.amount.currency.code) }, value: { .number(SpreadsheetNumber($0.position.agreement.amount)) }),
            ListingColumn(key: "given", style: { styles.money($0.position.consumed.currency.code) }, value: { .number(SpreadsheetNumber($0.position.consumed)) }),
            ListingColumn(
                key: "given_base", style: baseStyle, value: { .number(SpreadsheetNumber($0.givenBase)) },
                total: .init(currency: base, style: baseStyle, amount: \.givenBase)),
            ListingColumn(key: "running_total", style: baseStyle, value: { .number(SpreadsheetNumber($0.runningTotal)) }),
            ListingColumn(key: "cap", style: { styles.money($0.scheme?.capPerRecipient.currency.code ?? base.code) }, value: { row in
                row.scheme.map { .number(SpreadsheetNumber($0.capPerRecipient)) } ?? .blank
            }),
            ListingColumn(key: "handover", style: styles.text, value: { .optionalText($0.protocols.joined(separator: "; ")) }),
            ListingColumn(key: "status", style: styles.text, value: { .text(template.label("status.\($0.position.status)", language)) }),
        ]
        let listing = try context.listing(book, template, sheet, columns, styles)
        try listing.start(subtitle: context.subtitle(template))
        for row in register.rows { try listing.add(row) }
        try listing.finish(totalLabel: template.label("total", language))
        return WorkbookFigures(rows: register.rows.count)
    }
}

/// The asset register: each item bought for handover with its purchase documents, cost in its
/// currency and the base currency, budget line, recipient, handover date and protocol,
/// signatories, the flag for items whose transfer needs its ownership document, and status.
///
/// ```swift
/// try AssetsWorkbook().write(into: book, template: template, context: context)
/// ```
public struct AssetsWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "assets",
        sheets: [
            "assets": [
                "tag", "description", "serial", "supplier", "invoice", "nivf", "purchase_date", "currency", "cost", "cost_base", "fund",
                "budget_line", "agreement", "recipient", "handover_date", "protocol", "signatories", "transfer_document", "status",
            ]
        ],
        labels: commonLabels + ["yes", "no", "status.in-stock", "status.handed-over"])

    public init() {}

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        guard let sheet = template.sheet("assets") else { return WorkbookFigures() }
        let register = try context.ledger.equipmentRegister()
        let styles = WorkbookStyles(formats: template.formats)
        let language = context.language
        let base = context.ledger.baseCurrency
        let baseStyle = styles.money(base.code)
        let (_, recipients) = try context.ledger.grantSchemesAndRecipients()
        let people = try context.people()
        let columns: [ListingColumn<EquipmentRecord>] = [
            ListingColumn(key: "tag", style: styles.text, value: { .text($0.item.tag) }),
            ListingColumn(key: "description", style: styles.text, value: { .text($0.item.description) }),
            ListingColumn(key: "serial", style: styles.text, value: { .optionalText($0.item.serial) }),
            ListingColumn(key: "supplier", style: styles.text, value: { .text($0.item.supplier) }),
            ListingColumn(key: "invoice", style: styles.text, value: { .text($0.item.invoice) }),
            ListingColumn(key: "nivf", style: styles.text, value: { .optionalText($0.item.nivf) }),
            ListingColumn(key: "purchase_date", style: styles.date, value: { .date($0.item.purchaseDate) }),
            ListingColumn(key: "currency", style: styles.text, value: { .text($0.item.cost.currency.code) }),
            ListingColumn(key: "cost", style: { styles.money($0.item.cost.currency.code) }, value: { .number(SpreadsheetNumber($0.item.cost)) }),
            ListingColumn(
                key: "cost_base", style: baseStyle, value: { .number(SpreadsheetNumber($0.baseCost)) },
                total: .init(currency: base, style: baseStyle, amount: \.baseCost)),
            ListingColumn(key: "fund", style: styles.text, value: { .text($0.item.fund) }),
            ListingColumn(key: "budget_line", style: styles.text, value: { .text($0.item.budgetLine) }),
            ListingColumn(key: "agreement", style: styles.text, value: { .optionalText($0.handover?.agreement) }),
            ListingColumn(key: "recipient", style: styles.text, value: { record in
                guard let code = record.handover?.recipient else { return .blank }
                if let pseudonym = people?.recipient(code) { return .text(pseudonym) }
                return .text(recipients.first { $0.code == code }.map { "\($0.name) (\(code))" } ?? code)
            }),
            ListingColumn(key: "handover_date", style: styles.date, value: { $0.handover.map { .date($0.date) } ?? .blank }),
            ListingColumn(key: "protocol", style: styles.text, value: { .optionalText($0.handover?.protocolNumber) }),
            // Signatories may name people the ledger does not know: under pseudonyms they are left out.
            ListingColumn(key: "signatories", style: styles.text, value: { people == nil ? .optionalText($0.handover?.signatories) : .blank }),
            ListingColumn(key: "transfer_document", style: styles.text, value: { record in
                .text(template.label(register.needsTransferDocument(record) ? "yes" : "no", language))
            }),
            ListingColumn(key: "status", style: styles.text, value: { .text(template.label("status.\($0.status.replacingOccurrences(of: " ", with: "-"))", language)) }),
        ]
        let listing = try context.listing(book, template, sheet, columns, styles)
        try listing.start(subtitle: context.subtitle(template))
        // An item whose purchase was reversed never was an asset: the sheet and its total leave it out,
        // so that they agree with the stock account and the grant expense.
        let assets = register.records.filter { $0.purchaseReversal == nil }
        for record in assets { try listing.add(record) }
        try listing.finish(totalLabel: template.label("total", language))
        return WorkbookFigures(rows: assets.count)
    }
}
