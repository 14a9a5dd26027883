import ArgumentParser
import ArkaBooks
import ArkaCentral
import ArkaCore
import ArkaWorkbook
import Foundation

extension Export {
    /// `arka export xlsx`: a donor workbook from the ledger.
    struct Workbook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xlsx",
            abstract: "Write a donor workbook (.xlsx) from the ledger.",
            discussion: """
                Reports: \((WorkbookExport.reportNames + [ConsolidatedBudgetWorkbook.catalogue.report]).joined(separator: ", ")). Layouts come from \
                the templates/workbooks shipped with arka (under PREFIX/share/arka when installed), or --templates DIR. \
                With SOURCE_DATE_EPOCH set, the workbook states that time as when it was generated, so the same \
                books give the same file. The labels are in the language of arka's messages (--lang sq, ARKA_LANG=sq \
                or an Albanian locale for Albanian). Applicants and recipients who are persons appear by pseudonym, in every \
                sheet and every text, unless --names is given. The file appears whole or not at all.

                From the programme's centre (--database URL --office CODE), the office's workbook made of its \
                books as the centre holds them, persons by the pseudonyms they were sent under; with --office \
                all, --report consolidated-budget: every office's budget per fund and line, and their total.

                Examples:
                  arka export xlsx --ledger books.arka --report audit-pack --to 2024-12-31 --output audit-pack.xlsx
                  arka export xlsx --database postgres://arka_app@db.example/programme --office FIER \\
                      --report financial-report --output fier.xlsx
                """)

        @OptionGroup var source: ReportSourceOptions
        @Option(name: .long, help: ArgumentHelp("The workbook to write.", valueName: "name")) var report: String
        @Option(name: .long, help: ArgumentHelp("The .xlsx file to write (- for standard output).", valueName: "file")) var output: String
        @Flag(name: .long, help: "When --output is a symbolic link to an earlier workbook, replace the file it points to.") var force = false
        @Option(name: .long, help: ArgumentHelp("The first day of the period.", valueName: "YYYY-MM-DD")) var from: String?
        @Option(name: .long, help: ArgumentHelp("The last day of the period.", valueName: "YYYY-MM-DD")) var to: String?
        @Flag(name: .long, help: "Show applicants and recipients by name and personal id.") var names = false
        @Flag(name: .long, help: "Show applicants and recipients by pseudonym (the default).") var pseudonyms = false
        @Option(name: .long, help: ArgumentHelp("The folder of workbook templates (default: the ones shipped with arka).", valueName: "dir")) var templates: String?

        func validate() throws {
            if names && pseudonyms { throw ValidationError(tr("Choose --names or --pseudonyms, not both.")) }
            let consolidated = report == ConsolidatedBudgetWorkbook.catalogue.report
            let reports = WorkbookExport.reportNames + [ConsolidatedBudgetWorkbook.catalogue.report]
            if !reports.contains(report) {
                throw ValidationError(tr("No such workbook \"\(report)\"; the reports are \(reports.joined(separator: ", "))."))
            }
            if source.readsCentre {
                if names { throw ValidationError(tr("The centre holds persons by pseudonym only: --names shows them from an office's own books.")) }
                let all = source.office.map { $0.lowercased() == "all" } ?? true
                if all && !consolidated {
                    throw ValidationError(
                        tr("A donor workbook from the centre is one office's: name it with --office CODE; all the offices together is --report consolidated-budget."))
                }
                if consolidated && from != nil { throw ValidationError(tr("The offices' budgets are as of a day: give --to, not --from.")) }
                if consolidated { return }
            } else if consolidated {
                throw ValidationError(tr("The offices' budgets together are made at the programme's centre: give --database URL (and --office all)."))
            }
        }

        func run() throws {
            let from = try parseDate(self.from, option: "from")
            let to = try parseDate(self.to, option: "to")
            if let from, let to, from > to {
                throw ArkaError(.badDate, "the period ends before it starts", field: "--to", value: to.description)
            }
            let folder = try WorkbookExport.templatesFolder(templates)
            if report == ConsolidatedBudgetWorkbook.catalogue.report, let centre = try source.centre {
                let (replicas, office) = (CentralReplica.defaultFolder(for: centre), source.office)
                let budget = try CentralOptions.withCentre(centre) {
                    try await CentralBudget.report(from: $0, office: office, asOf: to, fund: nil, folder: replicas)
                }
                try ConsolidatedBudgetWorkbook.export(
                    budget, to: output, language: Language.current, templates: folder, generatedAt: Signature.currentTime(), followingLink: force)
                let said = (output == "-" ? tr("Wrote \(report) to standard output") : tr("Wrote \(report) to \(output)")) + "\n"
                if output == "-" { FileHandle.standardError.write(Data(said.utf8)) } else { emit(said) }
                return
            }
            let books: Ledger
            if let centre = try source.centre, let office = source.office {
                let folder = CentralReplica.defaultFolder(for: centre)
                books = try Ledger.open(
                    at: try CentralOptions.withCentre(centre) { try await CentralReplica.path(office: office, in: $0, folder: folder) }, access: .read)
            } else {
                books = try source.ledgerOptions.openForReading()
            }
            // Without --to, the books' last day; never after the last day a date is likely.
            var end = to
            if end == nil, let last = try books.lastEntryDate().flatMap({ try? LedgerDate.parse($0) }) {
                let capped = books.defaultReportEnd(after: last)
                if capped < last { end = capped }
            }
            let context = ExportContext(
                ledger: books, from: from, to: end, language: Language.current, naming: names ? .names : .pseudonyms, generatedAt: Signature.currentTime())
            let figures = try WorkbookExport.export(report: report, to: output, context: context, templates: folder, followingLink: force)
            let said = (output == "-" ? tr("Wrote \(report) to standard output") : tr("Wrote \(report) to \(output)")) + "\n"
                + (figures.unavailable.map { tr("Note: \($0)") + "\n" } ?? "")
            // Standard output holds the workbook itself: what was written is said on standard error.
            if output == "-" { FileHandle.standardError.write(Data(said.utf8)) } else { emit(said) }
            if let problem = figures.notIntact {
                FileHandle.standardError.write(
                    Data((tr("warning: the books are not intact, and the cover says so: \(problem); examine them with arka verify --ledger \(context.ledger.path)") + "\n").utf8))
            }
        }
    }
}
