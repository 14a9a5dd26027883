import ArkaCore
import ArkaFiles
import ArkaRules
import ArkaStore
import Foundation
import Yams

extension WorkbookTemplate {
    /// The keys a template may hold at its top level.
    public static let topLevelKeys = ["report", "title", "formats", "labels", "structure", "sheets"]

    /// Reads and checks a template file against what its workbook can fill in.
    ///
    /// ```swift
    /// let template = try WorkbookTemplate.load(path: "templates/workbooks/trial-balance.yaml", catalogue: TrialBalanceWorkbook.catalogue)
    /// ```
    /// - Throws: ``ArkaError/Kind/badTemplate`` naming the file, line and key: an unknown key,
    ///   sheet or column, a label without its Albanian text, a sheet name Excel refuses, a
    ///   heading listed twice, a subtotal of something not above it.
    public static func load(path: String, catalogue: TemplateCatalogue) throws -> WorkbookTemplate {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArkaError(.io, "cannot read the workbook template", location: SourceLocation(file: path))
        }
        return try parse(data: data, file: path, catalogue: catalogue)
    }

    /// Reads a template from its bytes; `file` names it in errors. Its texts are read under
    /// the text rule (``YAMLNode/readText(_:file:limits:)``): a label or title may span lines,
    /// a sheet's or column's name may not.
    /// - Throws: ``ArkaError/Kind/badTemplate``; ``ArkaError/Kind/badText`` or
    ///   ``ArkaError/Kind/textTooLong`` for a text the rule refuses.
    public static func parse(data: Data, file: String, catalogue: TemplateCatalogue) throws -> WorkbookTemplate {
        let text = try YAMLNode.readText(data, file: file)
        let composed = try YAMLNode.compose(yaml: text, file: file, kind: .badTemplate)
        guard let composed, composed.mapping != nil else {
            throw ArkaError(.badTemplate, "a template is a YAML mapping of keys (report, title, sheets, …)", location: SourceLocation(file: file, line: 1))
        }
        let root = YAMLNode(node: composed, path: "", file: file, kind: .badTemplate)
        // A template lays out a report for any books: which funds a donor's report covers is said
        // by the funds themselves.
        if let funds = try root.entryList().first(where: { $0.key == "funds" }) {
            throw ArkaError(
                .badTemplate, "a template names no fund: mark the funds a donor report covers in funds.csv, column reports (proof-of-use)",
                location: SourceLocation(file: file, line: funds.line, field: "funds"))
        }
        let top = try root.entries(allowed: topLevelKeys)
        func required(_ key: String) throws -> YAMLNode {
            guard let node = top[key] else {
                throw ArkaError(.badTemplate, "the template needs \(key)", location: SourceLocation(file: file, line: 1, field: key))
            }
            return node
        }
        let reportNode = try required("report")
        let report = try reportNode.scalar()
        guard report == catalogue.report else {
            throw reportNode.error("this is a template for \(report), but the \(catalogue.report) workbook needs one for \(catalogue.report)")
        }
        var template = WorkbookTemplate(
            report: report, title: try Localized.parse(try required("title")), formats: try top["formats"].map(NumberFormats.parse) ?? .standard,
            sheets: [], labels: [:], structure: [], file: file, sha256: JournalHash.sha256([UInt8](data)))

        if let labels = top["labels"] {
            for entry in try labels.entryList() {
                guard catalogue.labels.contains(entry.key) else {
                    throw ArkaError(
                        .badTemplate, "unknown label; the \(report) workbook uses \(catalogue.labels.joined(separator: ", "))",
                        location: SourceLocation(file: file, line: entry.line, field: entry.path))
                }
                template.labels[entry.key] = try Localized.parse(entry.node)
            }
        }
        if let missing = catalogue.labels.first(where: { template.labels[$0] == nil }) {
            throw ArkaError(.badTemplate, "the \(report) workbook needs the label \(missing)", location: SourceLocation(file: file, line: top["labels"]?.line ?? 1, field: "labels.\(missing)"))
        }

        if let structure = top["structure"] {
            guard catalogue.hasStructure else { throw structure.error("only the financial report's template lists budget headings") }
            template.structure = try StructureRow.parseAll(structure)
        } else if catalogue.hasStructure {
            throw ArkaError(.badTemplate, "the \(report) template lists the budget headings under structure", location: SourceLocation(file: file, line: 1, field: "structure"))
        }

        struct NameInLanguage: Hashable {
            var language: Language
            var name: String
        }
        var names: Set<NameInLanguage> = []
        for node in try required("sheets").sequence() {
            let sheet = try SheetTemplate.parse(node, catalogue: catalogue)
            guard !template.sheets.contains(where: { $0.id == sheet.id }) else { throw node.error("the sheet \(sheet.id) appears twice") }
            for language in Language.allCases {
                let name = sheet.name.text(language)
                guard names.insert(NameInLanguage(language: language, name: name.lowercased())).inserted else {
                    throw node.error("two sheets are named \(name)", value: name)
                }
            }
            template.sheets.append(sheet)
        }
        if let missing = catalogue.requiredSheets.first(where: { template.sheet($0) == nil }) {
            throw ArkaError(.badTemplate, "the \(report) template needs the sheet \(missing)", location: SourceLocation(file: file, line: top["sheets"]?.line, field: "sheets"))
        }
        return template
    }
}

extension Localized {
    /// `{en: Total, sq: Totali}`; both languages are required.
    static func parse(_ node: YAMLNode) throws -> Localized {
        guard node.node.mapping != nil else { throw node.error("a label gives its text in both languages: {en: …, sq: …}") }
        let keys = try node.entries(allowed: ["en", "sq"])
        guard let en = keys["en"], let sq = keys["sq"] else {
            throw node.error("a label gives its text in both languages: {en: …, sq: …}; \(keys["en"] == nil ? "en" : "sq") is missing")
        }
        return Localized(en: try en.scalar(), sq: try sq.scalar())
    }
}

extension NumberFormats {
    static func parse(_ node: YAMLNode) throws -> NumberFormats {
        var formats = NumberFormats.standard
        let keys = try node.entries(allowed: ["money", "date", "percent", "rate", "integer", "points"])
        if let money = keys["money"] {
            for entry in try money.entryList() {
                guard entry.key == "default" || (entry.key.count == 3 && entry.key.allSatisfy({ $0.isUppercase && $0.isASCII })) else {
                    throw entry.node.error("money formats are given per currency code (EUR, ALL) or as default", value: entry.key)
                }
                formats.money[entry.key] = try entry.node.scalar()
            }
        }
        if let date = keys["date"] { formats.date = try date.scalar() }
        if let percent = keys["percent"] { formats.percent = try percent.scalar() }
        if let rate = keys["rate"] { formats.rate = try rate.scalar() }
        if let integer = keys["integer"] { formats.integer = try integer.scalar() }
        if let points = keys["points"] { formats.points = try points.scalar() }
        return formats
    }
}

extension SheetTemplate {
    static func parse(_ node: YAMLNode, catalogue: TemplateCatalogue) throws -> SheetTemplate {
        let keys = try node.entries(allowed: ["sheet", "name", "title", "landscape", "columns"])
        guard let idNode = keys["sheet"] else { throw node.error("a sheet names what it holds with sheet: (\(catalogue.sheets.keys.sorted().joined(separator: ", ")))") }
        let id = try idNode.scalar()
        guard let known = catalogue.sheets[id] else {
            throw idNode.error("unknown sheet; the \(catalogue.report) workbook makes \(catalogue.sheets.keys.sorted().joined(separator: ", "))")
        }
        guard let nameNode = keys["name"] else { throw node.error("the sheet \(id) needs a name") }
        let name = try Localized.parse(nameNode)
        for text in [name.en, name.sq] {
            guard !text.isEmpty, text.count <= 31, !text.contains(where: { "[]:*?/\\".contains($0) }), !text.hasPrefix("'"), !text.hasSuffix("'") else {
                throw nameNode.error("a sheet name has 1 to 31 characters, none of [ ] : * ? / \\, and does not start or end with '", value: text)
            }
        }
        guard let columnsNode = keys["columns"] else { throw node.error("the sheet \(id) lists its columns") }
        var columns: [ColumnTemplate] = []
        for columnNode in try columnsNode.sequence() {
            let column = try ColumnTemplate.parse(columnNode)
            guard known.contains(column.key) else {
                throw columnNode.error("unknown column for the sheet \(id); it can show \(known.joined(separator: ", "))", value: column.key)
            }
            guard !columns.contains(where: { $0.key == column.key }) else { throw columnNode.error("the column \(column.key) appears twice", value: column.key) }
            columns.append(column)
        }
        guard !columns.isEmpty else { throw columnsNode.error("the sheet \(id) shows at least one column") }
        return SheetTemplate(
            id: id, name: name, title: try keys["title"].map(Localized.parse) ?? name, columns: columns,
            landscape: try keys["landscape"]?.boolean() ?? true)
    }
}

extension ColumnTemplate {
    static func parse(_ node: YAMLNode) throws -> ColumnTemplate {
        let keys = try node.entries(allowed: ["key", "label", "width"])
        guard let key = keys["key"] else { throw node.error("a column names its field with key:") }
        guard let label = keys["label"] else { throw node.error("a column needs its label") }
        let width = try keys["width"].map { node in
            try node.parse { text -> Double in
                guard let width = Double(text), width > 0, width <= 255 else { throw ArkaError(.badTemplate, "a width is a number of characters from 1 to 255") }
                return width
            }
        } ?? 12
        return ColumnTemplate(key: try key.scalar(), label: try Localized.parse(label), width: width)
    }
}

extension StructureRow {
    static func parseAll(_ node: YAMLNode) throws -> [StructureRow] {
        var rows: [StructureRow] = []
        var known: Set<String> = []
        for item in try node.sequence() {
            let keys = try item.entries(allowed: ["heading", "subtotal", "label", "of", "limit"])
            guard let labelNode = keys["label"] else { throw item.error("a row of the structure needs its label") }
            let label = try Localized.parse(labelNode)
            switch (keys["heading"], keys["subtotal"]) {
            case (let heading?, nil):
                let code = try heading.scalar()
                guard known.insert(code).inserted else { throw heading.error("the heading \(code) is listed twice") }
                if let of = keys["of"] { throw of.error("a heading holds budget lines; only a subtotal adds up rows") }
                var limit: Limit?
                if let limitNode = keys["limit"] {
                    let limitKeys = try limitNode.entries(allowed: ["percent", "of"])
                    guard let percent = limitKeys["percent"], let base = limitKeys["of"] else {
                        throw limitNode.error("a limit gives percent and the subtotal it is a share of: {percent: 7, of: direct}")
                    }
                    let baseCode = try base.scalar()
                    guard known.contains(baseCode) else { throw base.error("the limit is a share of \(baseCode), which is not a row above it") }
                    limit = Limit(percent: try percent.parse { try DecimalText.parse($0, field: percent.path) }, of: baseCode)
                }
                rows.append(.heading(code: code, label: label, limit: limit))
            case (nil, let subtotal?):
                let id = try subtotal.scalar()
                guard known.insert(id).inserted else { throw subtotal.error("\(id) is listed twice") }
                if let limit = keys["limit"] { throw limit.error("only a heading takes a limit") }
                guard let ofNode = keys["of"] else { throw item.error("a subtotal lists the rows it adds up under of:") }
                let parts = try ofNode.sequence().map { try $0.scalar() }
                if let unknown = parts.first(where: { !known.contains($0) || $0 == id }) {
                    throw ofNode.error("the subtotal \(id) adds up \(unknown), which is not a row above it", value: unknown)
                }
                rows.append(.subtotal(id: id, label: label, of: parts))
            default:
                throw item.error("a row of the structure is either heading: CODE or subtotal: ID")
            }
        }
        return rows
    }
}
