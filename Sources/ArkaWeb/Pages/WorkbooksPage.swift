import ArkaBooks
import ArkaCore
import ArkaStore
import ArkaWorkbook
import Foundation
import Hummingbird

/// `GET /NAME/workbooks`: every donor workbook for a chosen period, and the audit pack;
/// `GET /NAME/workbooks/download?workbook=…&from=…&to=…[&names=1]` makes and sends one.
/// Applicants and recipients who are persons appear by pseudonym unless the user's role sees
/// names and asks for them.
extension WebFace {
    private struct WorkbookChoice: Sendable {
        var name, label: String
    }

    private struct WorkbooksModel: Sendable {
        var action: String
        var workbooks: [WorkbookChoice]
        var workbookLabel, fromLabel, toLabel, namesLabel, pseudonymNote, download: String
        var from, to: String
        var mayName: Bool
    }

    /// The workbooks a ledger offers: the audit pack first.
    static func workbookNames(business: Bool) -> [String] {
        [AuditPack.catalogue.report] + WorkbookExport.workbooks.map(\.name) + (business ? WorkbookExport.businessWorkbooks.map(\.name) : [])
    }

    /// A workbook's title from its template, in `language`, with its report name; the name alone
    /// when the template cannot be read (the download then says why).
    static func workbookTitle(_ name: String, _ language: Language) -> String {
        guard let folder = try? WorkbookExport.templatesFolder(nil) else { return name }
        let catalogue = name == AuditPack.catalogue.report
            ? AuditPack.catalogue : (WorkbookExport.workbooks + WorkbookExport.businessWorkbooks).first { $0.name == name }?.type.catalogue
        guard let catalogue, let template = try? WorkbookExport.template(catalogue, in: folder) else { return name }
        return "\(template.title.text(language)) (\(name))"
    }

    func workbooks(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .workbooks) { visit in
            let body = Language.speaking(visit.language) {
                Self.render(
                    "workbooks",
                    WorkbooksModel(
                        action: visit.base + "/workbooks/download",
                        workbooks: Self.workbookNames(business: visit.served.isBusiness).map { WorkbookChoice(name: $0, label: Self.workbookTitle($0, visit.language)) },
                        workbookLabel: tr("Workbook"), fromLabel: tr("From"), toLabel: tr("To"),
                        namesLabel: tr("Show applicants and recipients by name"),
                        pseudonymNote: tr("Applicants and recipients who are persons appear by pseudonym, unless names are asked for."),
                        download: tr("Download"), from: "", to: "", mayName: visit.role.seesNames))
            }
            return page(title: "Workbooks", body: body, language: visit.language, served: visit.served, visit: visit)
        }
    }

    func downloadWorkbook(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .workbooks) { visit in
            let query = request.uri.queryParameters
            let name = query.get("workbook") ?? ""
            guard Self.workbookNames(business: visit.served.isBusiness).contains(name) else {
                throw Refusal(status: .notFound, sentence: "No such workbook: \(name).")
            }
            let names = query.get("names") == "1" && visit.role.seesNames
            let language = visit.language
            let fromText = query.get("from").flatMap { $0.isEmpty ? nil : $0 }
            let toText = query.get("to").flatMap { $0.isEmpty ? nil : $0 }
            let outcome = try await visit.served.read(language) { ledger -> Result<Data, ArkaError> in
                do {
                    let from = try fromText.map { try LedgerDate.parse($0, field: "from") }
                    var to = try toText.map { try LedgerDate.parse($0, field: "to") }
                    if let from, let to, from > to { throw ArkaError(.badDate, "the period ends before it starts", field: "to", value: to.description) }
                    if to == nil, let last = try ledger.lastEntryDate().flatMap({ try? LedgerDate.parse($0) }) {
                        let capped = ledger.defaultReportEnd(after: last)
                        if capped < last { to = capped }
                    }
                    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-web-\(UUID().uuidString)")
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
                    defer { try? FileManager.default.removeItem(at: folder) }
                    let file = folder.appendingPathComponent("\(name).xlsx").path
                    let export = ExportContext(
                        ledger: ledger, from: from, to: to, language: language, naming: names ? .names : .pseudonyms, generatedAt: Signature.currentTime())
                    try WorkbookExport.export(report: name, to: file, context: export, templates: try WorkbookExport.templatesFolder(nil))
                    guard let data = FileManager.default.contents(atPath: file) else {
                        throw ArkaError(.io, "cannot read back the workbook made", location: SourceLocation(file: file))
                    }
                    return .success(data)
                } catch let error as ArkaError {
                    return .failure(error)
                }
            }
            switch outcome {
            case .success(let data):
                let file = "\(visit.served.name)-\(name)\(names ? "-names" : "").xlsx"
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        .contentDisposition: "attachment; filename=\"\(file)\"", .cacheControl: "no-store",
                    ],
                    body: .init(byteBuffer: ByteBuffer(bytes: data)))
            case .failure(let error):
                throw Refusal(status: .unprocessableContent, sentence: Sentence(verbatim: error.text(in: language)))
            }
        }
    }
}
