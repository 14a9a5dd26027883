import ArkaCore
import ArkaWorkbook
import Foundation
import XCTest

/// Workbook templates: the shipped ones load, and a bad one is refused naming its file, line
/// and key.
final class TemplateTests: XCTestCase {
    let folder = WorkbookReader.repository.appendingPathComponent("templates/workbooks").path

    func testEveryShippedTemplateLoads() throws {
        for workbook in WorkbookExport.workbooks {
            let template = try WorkbookExport.template(workbook.type.catalogue, in: folder)
            XCTAssertEqual(template.report, workbook.name)
            XCTAssertEqual(template.sha256.count, 64)
        }
        _ = try AuditPack(templates: folder)
    }

    /// A minimal trial-balance template with `change` applied to its text.
    func refusal(_ change: (String) -> String, catalogue: TemplateCatalogue = TrialBalanceWorkbook.catalogue) -> ArkaError? {
        let text = change("""
            report: trial-balance
            title: {en: Trial balance, sq: Bilanci i verifikimit}
            labels:
              period: {en: Period, sq: Periudha}
              total: {en: Total, sq: Totali}
              generated: {en: Generated, sq: Krijuar}
              type.asset: {en: asset, sq: aktiv}
              type.liability: {en: liability, sq: detyrim}
              type.equity: {en: equity, sq: kapital}
              type.income: {en: income, sq: të ardhura}
              type.expense: {en: expense, sq: shpenzim}
              no_fund: {en: none, sq: pa fond}
            sheets:
              - sheet: trial-balance
                name: {en: Trial balance, sq: Bilanci}
                columns:
                  - {key: account, label: {en: Account, sq: Llogaria}, width: 9}
                  - {key: base_balance, label: {en: Balance, sq: Gjendja}}
              - sheet: expense-by-fund
                name: {en: Expense by fund, sq: Shpenzimet sipas fondit}
                columns:
                  - {key: fund, label: {en: Fund, sq: Fondi}}

            """)
        do {
            _ = try WorkbookTemplate.parse(data: Data(text.utf8), file: "tb.yaml", catalogue: catalogue)
            return nil
        } catch let error as ArkaError {
            return error
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testTheMinimalTemplateLoads() {
        XCTAssertNil(refusal { $0 })
    }

    /// A template's texts are read through the text rule: a label may span lines, but holds no
    /// control character, written as it is or as a YAML escape.
    func testTheTextRule() {
        let bell = refusal { $0.replacingOccurrences(of: "sq: Totali}", with: "sq: \"Totali\\a\"}") }
        XCTAssertEqual(bell?.kind, .badText)
        XCTAssertEqual(bell?.description.hasPrefix("tb.yaml, line 5, field labels.total.sq \"Totali\\u{7}\": the text holds the control character U+0007"), true, "\(String(describing: bell))")
        let nul = refusal { $0.replacingOccurrences(of: "sq: Periudha", with: "sq: Periu\u{0}dha") }
        XCTAssertEqual(nul?.kind, .badText)
        XCTAssertEqual(nul?.location.line, 4)
        XCTAssertEqual(nul?.location.field, "period")
        XCTAssertNil(refusal { $0.replacingOccurrences(of: "sq: Totali}", with: "sq: \"Totali\\ni përgjithshëm\"}") })
    }

    func testRefusals() {
        let cases: [(String, (String) -> String, String)] = [
            ("unknown column", { $0.replacingOccurrences(of: "key: base_balance", with: "key: saldo") },
             "tb.yaml, line 18, field sheets[1].columns[2] \"saldo\": unknown column for the sheet trial-balance; it can show account, name"),
            ("unknown top-level key", { $0 + "colour: blue\n" }, "tb.yaml, line 23, field colour: unknown key; the file takes report, title"),
            ("a label without Albanian", { $0.replacingOccurrences(of: "total: {en: Total, sq: Totali}", with: "total: {en: Total}") },
             "tb.yaml, line 5, field labels.total"),
            ("a template for another report", { $0.replacingOccurrences(of: "report: trial-balance", with: "report: transactions") },
             "tb.yaml, line 1, field report \"transactions\": this is a template for transactions"),
            ("an unknown sheet", { $0.replacingOccurrences(of: "sheet: expense-by-fund", with: "sheet: expenses") },
             "tb.yaml, line 19, field sheets[2].sheet \"expenses\": unknown sheet"),
            ("a sheet name Excel refuses", { $0.replacingOccurrences(of: "sq: Bilanci}", with: "sq: Bilanci/verifikimi}") },
             "tb.yaml, line 15, field sheets[1].name \"Bilanci/verifikimi\": a sheet name has 1 to 31 characters"),
            ("a missing label", { $0.replacingOccurrences(of: "  no_fund: {en: none, sq: pa fond}\n", with: "") },
             "needs the label no_fund"),
            ("a column twice", { $0.replacingOccurrences(of: "key: base_balance", with: "key: account") }, "the column account appears twice"),
            ("a bad width", { $0.replacingOccurrences(of: "width: 9", with: "width: wide") }, "field sheets[1].columns[1].width \"wide\": a width is a number"),
            ("a missing sheet", { String($0[..<$0.range(of: "  - sheet: expense-by-fund")!.lowerBound]) }, "needs the sheet expense-by-fund"),
            ("not YAML", { _ in "report: [unclosed" }, "tb.yaml, line 2: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ]
        for (name, change, expected) in cases {
            let error = refusal(change)
            XCTAssertEqual(error?.kind, .badTemplate, name)
            XCTAssertTrue(error.map { "\($0)".contains(expected) } ?? false, "\(name): \(error.map { "\($0)" } ?? "accepted")")
        }
    }

    func testTheFinancialReportStructureIsChecked() throws {
        let path = (folder as NSString).appendingPathComponent("financial-report.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func refusal(_ changed: String) -> String {
            do {
                _ = try WorkbookTemplate.parse(data: Data(changed.utf8), file: "fr.yaml", catalogue: FinancialReportWorkbook.catalogue)
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertTrue(refusal(text.replacingOccurrences(of: "{heading: \"2\",", with: "{heading: \"1\",")).contains("the heading 1 is listed twice"))
        XCTAssertTrue(refusal(text.replacingOccurrences(of: "of: [direct, \"8\"]", with: "of: [direct, \"9\"]")).contains("adds up 9, which is not a row above it"))
        XCTAssertTrue(refusal(text.replacingOccurrences(of: "limit: {percent: \"7\", of: direct}", with: "limit: {percent: \"7\", of: total}")).contains("not a row above it"))
        let withoutStructure = String(text[..<text.range(of: "structure:")!.lowerBound]) + String(text[text.range(of: "sheets:")!.lowerBound...])
        XCTAssertTrue(refusal(withoutStructure).contains("lists the budget headings under structure"))
    }
}
