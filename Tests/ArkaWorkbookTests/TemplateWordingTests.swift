import ArkaBooks
import ArkaCore
import ArkaRules
import ArkaWorkbook
import Foundation
import XCTest

/// The shipped templates word everything a report says, in English and in Albanian: every flag
/// of the budget, every reason of a scoring decision, every register of the audit pack's cover.
final class TemplateWordingTests: XCTestCase {
    let templates = WorkbookReader.repository.appendingPathComponent("templates/workbooks").path

    func template(_ catalogue: TemplateCatalogue) throws -> WorkbookTemplate {
        try WorkbookExport.template(catalogue, in: templates)
    }

    /// The `{names}` a label fills.
    func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    func testEveryLabelNamesTheSameFiguresInBothLanguages() throws {
        let catalogues = (WorkbookExport.workbooks + WorkbookExport.businessWorkbooks).map { $0.type.catalogue } + [AuditPack.catalogue]
        for catalogue in catalogues {
            let template = try template(catalogue)
            for (key, label) in template.labels {
                XCTAssertEqual(placeholders(label.en), placeholders(label.sq), "\(catalogue.report): \(key)")
                XCTAssertNotEqual(label.en, label.sq, "\(catalogue.report): \(key) is not worded in Albanian")
            }
        }
    }

    /// Each phrase worded by `template` in both languages: no placeholder left unfilled, and
    /// the Albanian differs from the English.
    func assertWorded(_ phrase: Phrase, by template: WorkbookTemplate, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotNil(template.labels[phrase.key], "\(template.report) words \(phrase.key)", file: file, line: line)
        let english = phrase.worded(template.label(phrase.key, .en))
        let albanian = phrase.worded(template.label(phrase.key, .sq))
        for text in [english, albanian] {
            XCTAssertFalse(placeholders(text).contains { phrase.values[$0] == nil }, "\(phrase.key): \(text)", file: file, line: line)
            XCTAssertTrue(placeholders(template.label(phrase.key, .en)).isSubset(of: Set(phrase.values.keys)), "\(phrase.key)", file: file, line: line)
        }
        XCTAssertNotEqual(english, albanian, phrase.key, file: file, line: line)
    }

    func testEveryBudgetFlagIsWorded() throws {
        let template = try template(FinancialReportWorkbook.catalogue)
        let eur = { (units: Int64) in Money(minorUnits: units, currency: .euro) }
        let day = try LedgerDate.parse("2023-11-20")
        let percent = DecimalText(digits: 3333, scale: 2)
        let ceiling = BudgetAssessment.Ceiling(heading: "2", amount: eur(1_250_000), since: day, reference: "N-5", givers: [])
        var given = ceiling
        given.givers = ["3", "5"]
        let flags: [BudgetReport.Flag] = [
            .budget(.needsAddendum(fund: "EU", heading: "2", revisionDate: day, reference: "N-5", percent: percent, limit: 25)),
            .budget(.needsAddendum(fund: "EU", heading: "2", revisionDate: day, reference: "N-5", percent: nil, limit: 25)),
            .budget(.indirectAboveLimit(fund: "EU", indirect: eur(800), direct: eur(10_000), percent: percent, limit: 7, allowed: eur(700), above: eur(100))),
            .budget(.contingencyAboveLimit(fund: "EU", contingency: eur(600), direct: eur(10_000), percent: percent, limit: 5, allowed: eur(500), above: eur(100))),
            .committedBeyond(fund: "EU", line: "3.3", spentAndCommitted: eur(5_200), budget: eur(5_000), beyond: eur(200)),
            .spentBeyond(fund: "EU", line: "3.3", spent: eur(5_200), budget: eur(5_000), beyond: eur(200)),
            .offBudget(fund: "ADH", line: nil, amount: eur(5_000)), .offBudget(fund: "ADH", line: "9.9", amount: eur(5_000)),
            .aboveCeiling(fund: "EU", heading: "2", above: eur(70_000), spent: eur(1_320_000), ceiling: ceiling),
            .aboveCeiling(fund: "EU", heading: "2", above: eur(70_000), spent: eur(1_320_000), ceiling: given),
            .withoutFund(line: nil, amount: eur(1)), .withoutFund(line: "1.1", amount: eur(1)), .unknownFund(fund: "XX", amount: eur(1)),
            .ineligible(fund: "EU", amount: eur(3_027)), .ineligibleOutsideFunds(fund: nil, amount: eur(-1)),
            .ineligibleOutsideFunds(fund: "XX", amount: eur(1)),
        ]
        XCTAssertEqual(Set(flags.map(\.phrase.key)), Set(BudgetReport.Flag.phraseKeys), "every kind of flag is tried")
        for flag in flags { assertWorded(flag.phrase, by: template) }
        // The English workbook says what the command line says.
        XCTAssertEqual(flags[5].phrase.worded(template.label(flags[5].phrase.key, .en)), flags[5].description)
        XCTAssertEqual(flags[13].phrase.worded(template.label(flags[13].phrase.key, .en)), flags[13].description)
    }

    func testEveryReasonOfADecisionIsWorded() throws {
        let template = try template(ScoringWorkbook.catalogue)
        let eur = { (units: Int64) in Money(minorUnits: units, currency: .euro) }
        let reasons: [DecisionReason] = [
            .ineligible([.init(key: "resident", description: "Lives in the municipality")]), .needsEvaluators(needed: 2, scored: 1),
            .evaluatorsDiffer(spread: Points(whole: 12), limit: Points(whole: 8), tie: false),
            .evaluatorsDiffer(spread: Points(whole: 12), limit: Points(whole: 8), tie: true),
            .belowCriterionMinimum([.init(criterion: "market", points: Points(whole: 1), minimum: Points(whole: 2))]),
            .belowTotalMinimum(total: Points(whole: 28), minimum: Points(whole: 30)), .cancelledEarlier, .awardedEarlier(eur(240_000)),
            .awarded(eur(240_000), rank: 1, capped: false), .awarded(eur(300_000), rank: 2, capped: true),
            .awardedCut(eur(100_000), rank: 20, requested: eur(240_000)), .reserve(place: 1, requested: eur(240_000), left: eur(100_000)),
        ]
        XCTAssertNil(DecisionReason.none.phrase)
        XCTAssertEqual(Set(reasons.compactMap(\.phrase?.key)), Set(DecisionReason.phraseKeys), "every kind of reason is tried")
        for reason in reasons { assertWorded(try XCTUnwrap(reason.phrase), by: template) }
        XCTAssertNotNil(template.labels["conflict"])
    }

    func testEveryRegisterOfTheCoverIsWorded() throws {
        let template = try template(AuditPack.catalogue)
        for key in RegisterReconciliation.phraseKeys {
            let label = try XCTUnwrap(template.labels[key], key)
            XCTAssertNotEqual(label.en, label.sq, key)
        }
    }
}
