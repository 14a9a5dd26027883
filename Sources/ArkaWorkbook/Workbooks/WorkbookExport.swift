import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

/// Writes a donor workbook from a ledger to a file, through a temporary file renamed into place
/// only once libxlsxwriter has written it whole: a failure mid-export leaves no half-written file
/// at the output path (and an earlier file there untouched), and an interrupting signal removes
/// the temporary file.
///
/// ```swift
/// let folder = try WorkbookExport.templatesFolder(nil)
/// try WorkbookExport.export(report: "transactions", to: "listing.xlsx", context: context, templates: folder)
/// ```
public enum WorkbookExport {
    /// Every workbook by report name, in the order the audit pack holds them.
    public static let workbooks: [(name: String, type: any DonorWorkbook.Type)] = [
        ("financial-report", FinancialReportWorkbook.self),
        ("transactions", TransactionsWorkbook.self),
        ("general-ledger", GeneralLedgerWorkbook.self),
        ("trial-balance", TrialBalanceWorkbook.self),
        ("third-parties", ThirdPartiesWorkbook.self),
        ("assets", AssetsWorkbook.self),
        ("proof-of-use", ProofOfUseWorkbook.self),
        ("scoring", ScoringWorkbook.self),
    ]

    /// The workbooks of a social business's books (made with a business profile).
    public static let businessWorkbooks: [(name: String, type: any DonorWorkbook.Type)] = [
        ("cashflow", CashFlowWorkbook.self)
    ]

    /// The report names `arka export xlsx --report` takes.
    public static var reportNames: [String] { workbooks.map(\.name) + [AuditPack.catalogue.report] + businessWorkbooks.map(\.name) }

    /// The folder of workbook templates: the one given, else the `templates/workbooks` shipped
    /// with `arka` (``ShippedFiles``: the installed share folder, or the checkout it was built in).
    /// - Throws: ``ArkaError/Kind/io`` when there is none, naming where it looked.
    public static func templatesFolder(_ given: String?) throws -> String {
        if let given {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: given, isDirectory: &isFolder), isFolder.boolValue else {
                throw ArkaError(.io, "no such folder of workbook templates", field: "--templates", value: given)
            }
            return given
        }
        return try ShippedFiles.folder("templates/workbooks", holding: "transactions.yaml", what: "the workbook templates", option: "--templates DIR")
    }

    /// Reads and checks the template of a report from the folder.
    /// - Throws: ``ArkaError/Kind/badTemplate``, ``ArkaError/Kind/io``.
    public static func template(_ catalogue: TemplateCatalogue, in folder: String) throws -> WorkbookTemplate {
        try WorkbookTemplate.load(path: (folder as NSString).appendingPathComponent("\(catalogue.report).yaml"), catalogue: catalogue)
    }

    /// Writes the report's workbook to `output` (`-`: standard output) and returns its figures.
    /// An existing `output` is replaced only when it is an earlier workbook
    /// (``OutputFile/checkReplaceable(_:kind:followingLink:)``); with `followingLink`, a symbolic
    /// link to one replaces the file it points to.
    /// - Throws: ``ArkaError/Kind/unknownReport`` naming the reports there are; a template's
    ///   ``ArkaError/Kind/badTemplate``; ``ArkaError/Kind/workbook`` or ``ArkaError/Kind/io`` when
    ///   the file cannot be written. Nothing is left at `output` then.
    @discardableResult
    public static func export(
        report: String, to output: String, context: ExportContext, templates folder: String, followingLink: Bool = false
    ) throws -> WorkbookFigures {
        let write: (Workbook, _ verification: () throws -> JournalVerification) throws -> WorkbookFigures
        let streams: Bool
        let heading: PageHeading
        let verifies: Bool
        if report == AuditPack.catalogue.report {
            let pack = try AuditPack(templates: folder)
            write = { book, verification in try pack.write(into: book, context: context, verification: verification) }
            streams = true
            heading = context.pageHeading(pack.template)
            verifies = true
        } else if let workbook = (workbooks + businessWorkbooks).first(where: { $0.name == report }) {
            let template = try template(workbook.type.catalogue, in: folder)
            heading = context.pageHeading(template)
            write = { book, _ in
                try book.setProperties(properties(title: template.title.text(context.language), context: context))
                return try workbook.type.init().write(into: book, template: template, context: context)
            }
            streams = workbook.type.streams
            verifies = false
        } else {
            throw ArkaError(.unknownReport, "no such workbook; the reports are \(reportNames.joined(separator: ", "))", field: "--report", value: report)
        }
        return try writeFile(
            to: output, report: report, streams: streams, heading: heading, language: context.language, followingLink: followingLink
        ) { book in
            // Every sheet is made from one state of the ledger, whatever commits meanwhile.
            func fill(_ verification: () throws -> JournalVerification) throws -> WorkbookFigures {
                // Under pseudonyms no text of any sheet names a person: the writer replaces them all.
                if let people = try context.people() { book.textFilter = { people.replacing(utf8: $0) } }
                return try write(book, verification)
            }
            let ledger = context.ledger
            return verifies ? try ledger.snapshotVerifying(fill) : try ledger.snapshot { try fill { try ledger.verify() } }
        }
    }

    /// Makes a workbook at `output` with `fill`, whole or not at all: under a hidden name beside
    /// it, then renamed (`-`: made in the system's temporary folder and copied to standard output).
    /// - Throws: what `fill` throws; ``ArkaError/Kind/io`` when the file cannot be put in place.
    static func writeFile<T>(
        to output: String, report: String, streams: Bool, heading: PageHeading, language: Language, followingLink: Bool,
        _ fill: (Workbook) throws -> T
    ) throws -> T {
        // `-` writes to standard output: the workbook is made in the system's temporary folder
        // (libxlsxwriter writes a file) and copied out whole.
        if output == "-" {
            let temporary = (NSTemporaryDirectory() as NSString).appendingPathComponent("arka-\(getpid())-\(report).xlsx")
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            let result = try writeFile(to: temporary, report: report, streams: streams, heading: heading, language: language, followingLink: false, fill)
            guard let data = FileManager.default.contents(atPath: temporary) else {
                throw ArkaError(.io, "cannot read back the workbook made for standard output", location: SourceLocation(file: temporary))
            }
            FileHandle.standardOutput.write(data)
            return result
        }
        let output = try OutputFile.checkReplaceable(output, kind: .workbook, followingLink: followingLink)
        StagingFiles.removeStale(in: (output as NSString).deletingLastPathComponent)
        let partial = StagingFiles.path(for: output, kind: .workbook)
        // An interrupting signal removes the partial file (``StagingFiles``).
        let staging = StagingFiles.track([partial])
        defer { StagingFiles.release(staging) }
        do {
            let book = try Workbook(path: partial, constantMemory: streams)
            book.cutTextNote = language == .sq ? .albanian : .english
            book.pageHeading = heading
            let result = try fill(book)
            try book.close()
            try OutputFile.markWorkbook(at: partial)
            StagingFiles.holdIfTesting(partial)
            guard rename(partial, output) == 0 else {
                throw ArkaError(.io, "cannot put the workbook in place: \(String(cString: strerror(errno)))", field: "--output", value: output)
            }
            return result
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// The document properties of a workbook made from this ledger.
    static func properties(title: String, context: ExportContext) -> DocumentProperties {
        let settings = context.ledger.settings
        return DocumentProperties(
            title: title, subject: settings.name, author: "Arka \(ArkaVersion.current)", company: settings.entity.isEmpty ? nil : settings.entity,
            keywords: "arka", comments: nil, created: context.generatedAt)
    }
}
