import ArgumentParser
import ArkaCore
import ArkaBooks
import ArkaWorkbook
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build the demo books of the Mallakastër project and of its social business, and print their reports.",
        discussion: """
            Reads the demo definition (ledgers/mallakaster, shipped with arka: under PREFIX/share/arka when installed, else in the checkout it was built in), creates \
            DIR/mallakaster.arka, posts its transactions, records its budget revisions, exports \
            DIR/mallakaster.journal, writes the audit pack and every donor workbook into DIR/workbooks, and prints the trial balance, the budget report and the rankings of its calls. Then builds the social business's first year (ledgers/social-business) into DIR/social-business.arka and prints its monthly cash flow, its indicators and the use of its start-up grant. Rerunning replaces the demo's own files and nothing else: when DIR holds another ledger, or a file of the demo's names that the demo did not write, it stops before writing anything.

            Example:
              arka demo --out /tmp/arka-demo
            """)

    @Option(name: .long, help: ArgumentHelp("Where the demo's files go.", valueName: "dir")) var out: String = "demo"
    @Option(name: .long, help: ArgumentHelp("The demo definition folder (default: the one shipped with arka).", valueName: "dir"))
    var from: String?
    @OptionGroup var user: UserOptions

    func run() throws {
        let source = try from ?? DemoBooks.locateDefinition()
        let reports = [AuditPack.catalogue.report] + WorkbookExport.workbooks.map(\.name)
        try DemoOutputs.check(
            into: out, projectFrom: source, businessFrom: BusinessDemo.locateDefinition(besides: source),
            workbooks: (reports + ["cashflow"]).map { "\($0).xlsx" })
        let result = try DemoBooks.build(from: source, into: out, signature: user.signature)
        emit(result.summary)
        emit("\n" + (try result.ledger.trialBalance(asOf: nil, grouping: .account).rendered(as: .text)))
        emit("\n" + (try result.ledger.fundPosition(asOf: nil).rendered(as: .text)))
        emit("\n" + (try result.ledger.budgetReport(asOf: nil, fund: nil).rendered(as: .text)))
        let out_ = self.out
        let out = StandardOutput()
        let pseudonyms = try result.ledger.pseudonyms()
        for call in result.calls {
            out.write("\n" + tr("Call \(call.code), applicants by pseudonym:") + "\n")
            call.outcome.render(as: .text, stamp: call.stamp, identity: .pseudonyms(pseudonyms), to: out)
        }
        let workbooks = (out_ as NSString).appendingPathComponent("workbooks")
        try FileManager.default.createDirectory(atPath: workbooks, withIntermediateDirectories: true)
        let templates = try WorkbookExport.templatesFolder(nil)
        let context = ExportContext(ledger: result.ledger, from: nil, to: nil, language: .en, naming: .pseudonyms, generatedAt: Signature.currentTime())
        for report in reports {
            try WorkbookExport.export(report: report, to: (workbooks as NSString).appendingPathComponent("\(report).xlsx"), context: context, templates: templates)
        }
        out.write("\n" + tr("Workbooks (applicants by pseudonym) in \(workbooks): the audit pack audit-pack.xlsx, and \(WorkbookExport.workbooks.map { "\($0.name).xlsx" }.joined(separator: ", ")).") + "\n")
        out.flush()
        guard let businessFolder = BusinessDemo.locateDefinition(besides: source) else { return }
        let business = try BusinessDemo.build(from: businessFolder, into: out_, signature: user.signature)
        let books = business.ledger
        out.write("\n" + tr("The social business") + "\n\n" + business.summary)
        if let months = try books.activeMonths() {
            let year = months.last.january
            out.write("\n" + (try books.cashFlow(from: year, to: months.last).rendered(as: .text)))
            out.write("\n" + (try books.indicators(for: months.last).rendered(as: .text)))
            out.write("\n" + (try books.grantUse(at: months.last).rendered(as: .text)))
            let context = ExportContext(ledger: books, from: year.firstDay, to: months.last.lastDay, language: .en, naming: .pseudonyms, generatedAt: Signature.currentTime())
            let file = (workbooks as NSString).appendingPathComponent("cashflow.xlsx")
            try WorkbookExport.export(report: "cashflow", to: file, context: context, templates: templates)
            out.write("\n" + tr("The social business's monitoring workbook: \(file).") + "\n")
        }
        out.flush()
    }
}
