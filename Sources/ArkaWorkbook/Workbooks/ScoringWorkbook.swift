import ArkaBooks
import ArkaCore
import ArkaRules
import ArkaStore

/// Each call's ranking as the committee decided it: rank, applicant (by pseudonym unless names
/// are asked for), decision, each criterion's weighted points, the evaluators' totals and their
/// average, the total, the award and the reason; then the reserve list in its order. Under
/// pseudonyms a personal criterion has no column and a personal gate is not named (the subtitle
/// says which criteria count only within the total), and the evaluators' totals are left out when
/// they add in a personal criterion. The call is
/// scored again from the grid, applications and evaluations stored in the ledger, and the sheet
/// shows the grid's SHA-256 so the ranking can be reproduced. Books with no call stored get one
/// sheet that says so, and so do an office's books as the centre holds them (the applications
/// stay at the office).
///
/// ```swift
/// try ScoringWorkbook().write(into: book, template: template, context: context)
/// ```
public struct ScoringWorkbook: DonorWorkbook {
    public static let catalogue = TemplateCatalogue(
        report: "scoring",
        sheets: [
            "ranking": ["rank", "application", "applicant", "decision", "criteria", "evaluators", "evaluation_average", "total", "requested", "awarded", "reason", "failed_gates"],
            "reserve": ["position", "rank", "application", "applicant", "total", "requested"],
            "note": ["note"],
        ],
        labels: commonLabels + [
            "no_calls", "applications_at_office", "grid_sha256", "decision.award", "decision.reserve", "decision.ineligible", "decision.rejected",
            "decision.needs-evaluation", "decision.cancelled", "conflict", "withheld", "withheld_criteria",
        ] + DecisionReason.phraseKeys)

    public init() {}

    public func write(into book: Workbook, template: WorkbookTemplate, context: ExportContext) throws -> WorkbookFigures {
        let ledger = context.ledger
        let language = context.language
        let styles = WorkbookStyles(formats: template.formats)
        let identity: ApplicantIdentity = try context.people().map { .pseudonyms($0.pseudonyms) } ?? .names
        let conflict = template.label("conflict", language)
        var figures = WorkbookFigures()
        let calls = try ledger.grantCalls()
        if calls.isEmpty {
            try context.writeNote(template.label("no_calls", language), into: book, template: template)
        }
        // The office's books as the centre holds them: the applications stayed at the office.
        if !calls.isEmpty, try ledger.centreOffice() != nil {
            let note = template.label("applications_at_office", language)
            try context.writeNote(note, into: book, template: template)
            figures.unavailable = note
            return figures
        }
        for call in calls {
            let input = try ledger.callInput(call.code)
            let outcome = try input.score()
            let currency = outcome.grid.currency
            let placeholders = ["call": call.code]
            let subtitle = context.subtitle(template) + ["\(call.code) – \(call.name)", "\(template.label("grid_sha256", language)) \(input.stamp.gridSHA256)"]
            // The ranking, whose columns leave them out, names the criteria withheld.
            var rankingSubtitle = subtitle
            let withheldCriteria = outcome.withheldCriteria(identity)
            if !withheldCriteria.isEmpty {
                rankingSubtitle.append("\(template.label("withheld_criteria", language)) \(withheldCriteria.map(\.description).joined(separator: "; "))")
            }
            let totalsWithheld = outcome.withholdsEvaluatorTotals(identity)
            let withheld = template.label("withheld", language)
            func points(_ value: Points?) -> CellValue { value.map { .number(SpreadsheetNumber(units: $0.hundredths, exponent: 2)) } ?? .blank }
            if let sheet = template.sheet("ranking") {
                var columns: [ListingColumn<ApplicationResult>] = [
                    ListingColumn(key: "rank", style: styles.integer, value: { $0.rank.map { .number(SpreadsheetNumber($0)) } ?? .blank }),
                    ListingColumn(key: "application", style: styles.text, value: { .text($0.application.id) }),
                    ListingColumn(key: "applicant", style: styles.text, value: { .text(outcome.applicant($0, identity)) }),
                    ListingColumn(key: "decision", style: styles.text, value: { .text(template.label("decision.\($0.decision.rawValue)", language)) }),
                    ListingColumn(key: "evaluators", style: styles.text, value: { result in
                        .optionalText(
                            result.evaluators.map { evaluator in
                                // Totals that add in a personal criterion are left out: the evaluators are named.
                                if evaluator.conflict { return "\(evaluator.evaluator) \(conflict)" }
                                return totalsWithheld ? evaluator.evaluator : "\(evaluator.evaluator) \(evaluator.total?.description ?? "–")"
                            }.joined(separator: "; "))
                    }),
                    ListingColumn(key: "evaluation_average", style: styles.points, value: { result in
                        let used = result.evaluators.filter(\.used).compactMap(\.total)
                        return used.isEmpty || totalsWithheld ? .blank : points(Points.average(used))
                    }),
                    ListingColumn(key: "total", style: styles.points, value: { points($0.total) }),
                    ListingColumn(key: "requested", style: styles.money(currency.code), value: { .number(SpreadsheetNumber($0.application.amount)) }),
                    ListingColumn(
                        key: "awarded", style: styles.money(currency.code), value: { $0.awarded.map { .number(SpreadsheetNumber($0)) } ?? .blank },
                        total: .init(currency: currency, style: styles.money(currency.code), amount: { $0.awarded ?? .zero(currency) })),
                    ListingColumn(key: "reason", style: styles.text, value: { result in
                        let why = identity.showsPersonalData ? result.why : result.whyWithoutPersonalData(grid: outcome.grid, withheld: withheld)
                        return .optionalText(why.phrase.map { context.worded($0, template) } ?? outcome.reason(result, identity))
                    }),
                    ListingColumn(key: "failed_gates", style: styles.text, value: { .optionalText(outcome.failedGates($0, identity).joined(separator: ", ")) }),
                ]
                // One column per criterion, in the grid's order, in place of `criteria`: under
                // pseudonyms, none for a personal criterion.
                var expanded = sheet
                if let index = sheet.column("criteria") {
                    let width = sheet.columns[index].width
                    let shown = outcome.grid.criteria.enumerated().filter { !outcome.withholds($0.element, identity) }
                    expanded.columns.replaceSubrange(index...index, with: shown.map { _, criterion in
                        ColumnTemplate(key: "criterion.\(criterion.key)", label: Localized(en: criterion.description, sq: criterion.description), width: width)
                    })
                    for (position, criterion) in shown {
                        columns.append(ListingColumn(key: "criterion.\(criterion.key)", style: styles.points, value: { result in
                            position < result.criteria.count ? points(result.criteria[position].weighted) : .blank
                        }))
                    }
                }
                let listing = try context.listing(book, template, expanded, columns, styles, placeholders: placeholders)
                try listing.start(subtitle: rankingSubtitle)
                let ordered = outcome.results.sorted { ($0.rank ?? Int.max, $0.application.line) < ($1.rank ?? Int.max, $1.application.line) }
                for result in ordered { try listing.add(result) }
                try listing.finish(totalLabel: template.label("total", language))
                figures.rows += ordered.count
            }
            if let sheet = template.sheet("reserve") {
                let columns: [ListingColumn<ApplicationResult>] = [
                    ListingColumn(key: "position", style: styles.integer, value: { $0.reservePosition.map { .number(SpreadsheetNumber($0)) } ?? .blank }),
                    ListingColumn(key: "rank", style: styles.integer, value: { $0.rank.map { .number(SpreadsheetNumber($0)) } ?? .blank }),
                    ListingColumn(key: "application", style: styles.text, value: { .text($0.application.id) }),
                    ListingColumn(key: "applicant", style: styles.text, value: { .text(outcome.applicant($0, identity)) }),
                    ListingColumn(key: "total", style: styles.points, value: { points($0.total) }),
                    ListingColumn(
                        key: "requested", style: styles.money(currency.code), value: { .number(SpreadsheetNumber($0.application.amount)) },
                        total: .init(currency: currency, style: styles.money(currency.code), amount: \.application.amount)),
                ]
                let listing = try context.listing(book, template, sheet, columns, styles, placeholders: placeholders)
                try listing.start(subtitle: subtitle)
                for result in outcome.results.filter({ $0.decision == .reserve }).sorted(by: { ($0.reservePosition ?? 0) < ($1.reservePosition ?? 0) }) {
                    try listing.add(result)
                }
                try listing.finish(totalLabel: template.label("total", language))
            }
        }
        return figures
    }
}
