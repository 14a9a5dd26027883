import ArkaBooks
import ArkaWorkbook
import Foundation
import Testing

/// `arka` installed by the Makefile's install step under a temporary prefix, run from a folder
/// outside the repository: it finds its own templates and demo books, states one version
/// everywhere, and writes the same bytes for the same books and `SOURCE_DATE_EPOCH`.
@Suite("arka installed")
struct InstallTests {
    /// A prefix with `bin/arka` and `share/arka`, and a working folder beside it.
    struct Installation {
        var root: URL
        var prefix: URL { root.appendingPathComponent("prefix") }
        var work: URL { root.appendingPathComponent("work") }
        var arka: URL { prefix.appendingPathComponent("bin/arka") }

        /// Installs the debug `arka` the tests were built with through `make install-files`, the
        /// step `make install` takes with its release build.
        init() throws {
            let built = try #require(GoldenTests.executable, "build arka first: swift build")
            root = FileManager.default.temporaryDirectory.appendingPathComponent("arka-install-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("work"), withIntermediateDirectories: true)
            #expect(!root.path.hasPrefix(GoldenTests.repository.path + "/"), "the working folder is outside the repository")
            let make = try GoldenTests.run(
                "make -s -C '\(GoldenTests.repository.path)' install-files ARKA_BIN='\(built.path)' PREFIX='\(root.path)/prefix'", in: root, arka: built)
            try #require(make.status == 0, "make install-files: \(make.stdout)\(make.stderr)")
        }

        /// Runs a shell command in the working folder with the installed `arka` first on the PATH
        /// (and `SOURCE_DATE_EPOCH` 2025-01-31T10:00:00Z, as in the golden cases).
        @discardableResult
        func run(_ command: String, expect status: Int32 = 0) throws -> GoldenCase.Step {
            let result = try GoldenTests.run(command, in: work, arka: arka)
            #expect(result.status == status, "$ \(command)\n\(result.stdout)\(result.stderr)")
            return result
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The shared prerequisites: `make` to install, python3 with openpyxl to read workbooks back.
    static func prerequisitesMissing() -> Bool {
        let missing = ["make", "python3"].filter { !GoldenTests.available($0) }
        if !missing.isEmpty { GoldenTests.missingPeer("\(missing.joined(separator: " and ")) (needed to install and read workbooks) is") }
        return !missing.isEmpty
    }

    /// A workbook's document properties (creator, last modified by, created, modified) and, when
    /// `sheet` is given, that sheet's label-value pairs of columns A and B, read by openpyxl.
    static func readBack(_ path: URL, sheet: String? = nil) throws -> (properties: [String: String], pairs: [String: String]) {
        let script = """
            import json, re, sys, zipfile
            path, sheet = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
            core = zipfile.ZipFile(path).read('docProps/core.xml').decode()
            properties = dict(re.findall(r'<(dc:creator|cp:lastModifiedBy|dcterms:created|dcterms:modified)[^>]*>([^<]*)<', core))
            pairs = {}
            if sheet:
                import openpyxl
                for row in openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(min_col=1, max_col=2, values_only=True):
                    if isinstance(row[0], str) and row[1] is not None:
                        pairs[row[0]] = str(row[1])
            print(json.dumps({'properties': properties, 'pairs': pairs}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path.path] + (sheet.map { [$0] } ?? [])
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "reading \(path.path): \(String(decoding: message, as: UTF8.self))")
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: [String: String]])
        return (json["properties"] ?? [:], json["pairs"] ?? [:])
    }

    @Test("an installed arka builds the demo and exports workbooks from any folder, with its own templates")
    func installedFromAnyFolder() throws {
        if Self.prerequisitesMissing() { return }
        let installation = try Installation()
        defer { installation.remove() }
        let share = installation.prefix.appendingPathComponent("share/arka").path
        let demo = try installation.run("arka demo --out books")
        #expect(demo.stdout.hasPrefix("Built books/mallakaster.arka from \(share)/ledgers/mallakaster.\n"))
        #expect(demo.stdout.contains("Built books/social-business.arka from \(share)/ledgers/social-business.\n"))
        #expect(demo.stdout.contains("Scored call IGA-2023 (63 applications)"), "the scoring grids are found in the share folder")
        let written = try FileManager.default.contentsOfDirectory(atPath: installation.work.appendingPathComponent("books/workbooks").path)
        #expect(Set(written) == Set(WorkbookExport.reportNames.map { "\($0).xlsx" }))

        // The working folder's own templates/ are not the installed arka's: a broken one is ignored.
        let local = installation.work.appendingPathComponent("templates/workbooks")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        for name in ["transactions.yaml", "trial-balance.yaml"] { try Data("report: broken\n".utf8).write(to: local.appendingPathComponent(name)) }
        let export = try installation.run("arka export xlsx --ledger books/mallakaster.arka --report trial-balance --output tb.xlsx")
        #expect(export.stdout == "Wrote trial-balance to tb.xlsx\n")
        // --templates still overrides: the broken folder is then the one read.
        let broken = try installation.run(
            "arka export xlsx --ledger books/mallakaster.arka --report trial-balance --templates templates/workbooks --output tb2.xlsx", expect: 1)
        #expect(broken.stderr.hasPrefix("error: templates/workbooks/trial-balance.yaml"))

        // Without the installed templates, the error names where arka looked.
        try FileManager.default.removeItem(atPath: "\(share)/templates/workbooks")
        let missing = try installation.run("arka export xlsx --ledger books/mallakaster.arka --report trial-balance --output tb3.xlsx", expect: 1)
        #expect(missing.stderr.contains("cannot find the workbook templates"))
        #expect(missing.stderr.contains("looked in \(share)/templates/workbooks, and templates/workbooks in \(installation.prefix.path)/bin and each folder above it"))
        #expect(missing.stderr.contains("pass --templates DIR"))
        try FileManager.default.removeItem(atPath: "\(share)/ledgers/mallakaster")
        let noDemo = try installation.run("arka demo --out again", expect: 1)
        #expect(noDemo.stderr.contains("cannot find the demo books (ledgers/mallakaster holding accounts.csv); looked in \(share)/ledgers/mallakaster"))
    }

    @Test("arka --version is the version the workbooks, the audit pack's cover and the scoring records state")
    func oneVersion() throws {
        if Self.prerequisitesMissing() { return }
        let installation = try Installation()
        defer { installation.remove() }
        let version = try installation.run("arka --version").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version == ArkaVersion.current)
        #expect(!version.isEmpty)
        let demo = try installation.run("arka demo --out books")
        // Each scoring run the demo stores in its ledger, as printed.
        let stamped = demo.stdout.split(separator: "\n").filter { $0.hasPrefix("Decisions sha256 ") }
        #expect(stamped.count == 2)
        #expect(stamped.allSatisfy { $0.hasSuffix(", arka \(version)") }, "\(stamped)")
        // A scoring run's JSON.
        let share = installation.prefix.appendingPathComponent("share/arka").path
        let json = try installation.run(
            "arka score --grid \(share)/ledgers/mallakaster/grid-iga.yaml --applications \(share)/ledgers/mallakaster/applications-iga.csv "
                + "--evaluations \(share)/ledgers/mallakaster/evaluations-iga.csv --format json")
        let record = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(record["arka_version"] as? String == version)
        // Every workbook's properties, and the audit pack's cover.
        let folder = installation.work.appendingPathComponent("books/workbooks")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".xlsx") {
            let (properties, _) = try Self.readBack(folder.appendingPathComponent(file))
            #expect(properties["dc:creator"] == "Arka \(version)", "\(file)")
            #expect(properties["cp:lastModifiedBy"] == "Arka \(version)", "\(file)")
        }
        let (_, cover) = try Self.readBack(folder.appendingPathComponent("audit-pack.xlsx"), sheet: "Cover")
        #expect(cover["Arka version"] == version)
    }

    @Test("every workbook is byte-identical for the same books and SOURCE_DATE_EPOCH, and states that time")
    func reproducibleWorkbooks() throws {
        if Self.prerequisitesMissing() { return }
        let installation = try Installation()
        defer { installation.remove() }
        try installation.run("arka demo --out books > /dev/null")
        // Every report: the project's from its books, the social business's from the bakery's.
        let business = Set(WorkbookExport.businessWorkbooks.map(\.name))
        let exports = WorkbookExport.reportNames.map { ($0, business.contains($0) ? "social-business" : "mallakaster") }
        for round in ["first", "second"] {
            if round == "second" { Thread.sleep(forTimeInterval: 1.1) }
            for (report, books) in exports {
                try installation.run("arka export xlsx --ledger books/\(books).arka --report \(report) --output \(report)-\(round).xlsx")
            }
        }
        for (report, _) in exports {
            let first = try Data(contentsOf: installation.work.appendingPathComponent("\(report)-first.xlsx"))
            let second = try Data(contentsOf: installation.work.appendingPathComponent("\(report)-second.xlsx"))
            #expect(first == second, "\(report) differs between two exports a second apart")
        }
        // The time stated is SOURCE_DATE_EPOCH's (1738317600): in the properties and on the cover.
        let (properties, cover) = try Self.readBack(installation.work.appendingPathComponent("audit-pack-first.xlsx"), sheet: "Cover")
        #expect(properties["dcterms:created"] == "2025-01-31T10:00:00Z")
        #expect(properties["dcterms:modified"] == "2025-01-31T10:00:00Z")
        #expect(cover["Generated at (UTC)"] == "2025-01-31T10:00:00Z")

        // Without SOURCE_DATE_EPOCH the time is the clock's.
        try installation.run("env -u SOURCE_DATE_EPOCH arka export xlsx --ledger books/mallakaster.arka --report audit-pack --output now.xlsx")
        let (nowProperties, nowCover) = try Self.readBack(installation.work.appendingPathComponent("now.xlsx"), sheet: "Cover")
        let stated = try #require(nowCover["Generated at (UTC)"].flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(abs(stated.timeIntervalSinceNow) < 600, "\(stated)")
        #expect(nowProperties["dcterms:created"] == nowCover["Generated at (UTC)"])
    }
}

