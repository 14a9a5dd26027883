import ArkaBooks
import ArkaCore
import Foundation
import Testing

/// The text rule (``TextLimit``) where texts come in: a posting file, the definition files at
/// init, a call's files, a YAML file's escapes. A refused file names file, line and field, shows
/// the value short and escaped, and leaves the ledger as it was; the journal still verifies.
@Suite("The text rule where texts come in")
struct TextRuleReaderTests {
    /// A posting file whose `description` is `text`, as bytes (a NUL or a byte that is not UTF-8 cannot be a Swift string).
    static func postings(description: [UInt8]) -> Data {
        Data(Array("entry,date,description,account,amount,currency,fund\nN1,2023-08-01,".utf8) + description + Array(",6310,10.00,EUR,EU\nN1,2023-08-01,,5121,-10.00,EUR,EU\n".utf8))
    }

    func post(_ fixture: Fixture, _ ledger: Ledger, _ data: Data, name: String = "postings.csv") throws {
        let path = fixture.directory.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        _ = try ledger.post(file: path, signature: Fixture.signature)
    }

    @Test("a description holding a NUL is refused with file, line and field, the ledger unchanged, and the journal verifies intact after more entries and a reversal")
    func nulInPostingFile() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try post(fixture, ledger, Self.postings(description: Array("Tavolina".utf8)), name: "first.csv")
        let before = try LedgerState(ledger)
        let error = firstError { try post(fixture, ledger, Self.postings(description: Array("Zyra".utf8) + [0x00] + Array(" e re".utf8))) }
        #expect(error?.kind == .badText)
        #expect(error?.location.file?.hasSuffix("postings.csv") == true)
        #expect(error?.location.line == 2)
        #expect(error?.location.field == "description")
        #expect(error?.location.value == "Zyra\\u{0} e re")
        #expect(error?.reason.hasPrefix("the text holds the control character U+0000 at character 5") == true)
        #expect(try LedgerState(ledger) == before)
        // The books go on: another entry and a reversal, and verify finds every hash as stored.
        try post(fixture, ledger, Self.postings(description: Array("Karrige – ë".utf8)).replacingN1(with: "N2"), name: "second.csv")
        _ = try ledger.reverse(entryID: "N1", date: LedgerDate.parse("2023-08-02"), reason: "Gabim", newID: nil, signature: Fixture.signature)
        let verification = try ledger.verify()
        #expect(verification.isIntact, "\(verification.problems)")
        #expect(verification.entries == 3)
    }

    @Test("a reversal's reason holding a NUL, given to the engine by a caller that is not the command line (a web form), is refused and the journal stays intact")
    func nulInAReversalReason() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        try post(fixture, ledger, Self.postings(description: Array("Tavolina".utf8)), name: "first.csv")
        let before = try LedgerState(ledger)
        let error = #expect(throws: ArkaError.self) {
            try ledger.reverse(entryID: "N1", date: LedgerDate.parse("2023-08-02"), reason: "a\u{0}b", newID: nil, signature: Fixture.signature)
        }
        #expect(error?.kind == .badText)
        #expect(error?.location.field == "reason")
        #expect(error?.location.value == "a\\u{0}b")
        #expect(error?.reason.hasPrefix("the text holds the control character U+0000 at character 2") == true)
        #expect(try LedgerState(ledger) == before)
        #expect(try ledger.verify().isIntact)
    }

    @Test("every control character but the tab is refused in every column of a posting file; line breaks only in description and memo")
    func postingColumns() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let columns = ["entry", "date", "description", "account", "amount", "currency", "fund", "budget_line", "counterparty", "document", "memo"]
        let values = ["N1", "2023-08-01", "Zyra", "6310", "10.00", "EUR", "EU", "3.1", "Ana", "invoice:F-1", "shënim"]
        for (index, column) in columns.enumerated() {
            for (inserted, refused) in [("\u{7}", true), ("\u{1B}", true), ("\u{9F}", true), ("\n", !["description", "memo"].contains(column))] {
                var row = values
                row[index] = "\"" + values[index] + inserted + "x\""
                let text = header.replacingOccurrences(of: ",rate", with: "") + row.joined(separator: ",") + "\nN1,2023-08-01,,5121,-10.00,EUR,EU,3.1,,,\n"
                let error = firstError { try fixture.post(ledger, text) }
                if refused {
                    #expect(error?.kind == .badText, "\(column) \(inserted.debugDescription)")
                    #expect(error?.location.field == column)
                    #expect(error?.location.line == 2)
                } else {
                    #expect(error?.kind != .badText, "\(column) \(inserted.debugDescription): \(String(describing: error))")
                }
            }
        }
    }

    @Test("bytes that are not UTF-8 are refused naming the file, line and field, never read as replacement characters")
    func invalidUTF8() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let before = try LedgerState(ledger)
        let error = firstError { try post(fixture, ledger, Self.postings(description: Array("Zyra ".utf8) + [0xFF, 0xFE])) }
        #expect(
            error?.description
                == "\(fixture.directory.appendingPathComponent("postings.csv").path), line 2, field description \"Zyra \\x{FF}\\x{FE}\": the text is not UTF-8; save the file as CSV UTF-8, "
                + "or read it through an import profile that names its encoding (--profile excel-sq-1250 for a CSV an older Excel saved in Albanian)"
        )
        #expect(try LedgerState(ledger) == before)
        // Latin-1 `ë` (0xEB), as an old spreadsheet saves it, in a definition file at init.
        let latin = try Fixture(funds: nil, budget: nil)
        try Data(Array("code,name,type\n5121,Bank,asset\n6310,Pajisje ".utf8) + [0xEB] + Array(",expense\n".utf8))
            .write(to: latin.definition.appendingPathComponent("accounts.csv"))
        let initError = allErrors { _ = try latin.createLedger() }.first { $0.kind != .badSetting }
        #expect(initError?.kind == .badText)
        #expect(initError?.location.line == 3)
        #expect(initError?.location.field == "name")
        #expect(initError?.location.value == "Pajisje \\x{EB}")
        #expect(!FileManager.default.fileExists(atPath: latin.ledgerPath))
    }

    @Test("a value of 5 MB in a posting file gives a message of a few hundred bytes, whatever the column")
    func hugeValue() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let huge = String(repeating: "x", count: 5_000_000)
        let files = [
            "entry,date,description,account,amount,currency\nN1,2023-08-01,\(huge),6310,1.00,EUR\n",
            "entry,date,description,account,amount,currency\nN1,2023-08-01,Zyra,\(huge),1.00,EUR\n",
            "entry,date,description,account,amount,currency,\(huge)\nN1,2023-08-01,Zyra,6310,1.00,EUR,\n",
            "entry,date,description,account,amount,currency\nN1,2023-08-01,\"Zyra\(huge)\u{0}\",6310,1.00,EUR\n",
        ]
        for text in files {
            let error = firstError { try fixture.post(ledger, text) }
            #expect(error != nil)
            #expect((error?.description.utf8.count ?? .max) < 400, "\(error?.description.prefix(500) ?? "")")
        }
    }

    @Test("definition files at init: a NUL in a fund's name, a line break in an account's code, an escape in ledger.yaml")
    func definition() throws {
        let fund = try Fixture(funds: "code,name,restricted\nEU,\"European\u{0}Union\",true\n", budget: nil)
        let fundError = firstError { _ = try fund.createLedger() }
        #expect(fundError?.kind == .badText)
        #expect(fundError?.location.file?.hasSuffix("funds.csv") == true)
        #expect(fundError?.location.line == 2)
        #expect(fundError?.location.field == "name")
        #expect(!FileManager.default.fileExists(atPath: fund.ledgerPath))

        let code = try Fixture(accounts: Fixture.accounts + "\n\"63\n11\",Split,expense,,\n")
        let codeError = firstError { _ = try code.createLedger() }
        #expect(codeError?.kind == .badText)
        #expect(codeError?.location.field == "code")
        #expect(codeError?.reason == "a code is one line, but this one holds a line break at character 3")

        // YAML's escapes stand for the characters they name: `\0` is a NUL.
        for (settings, field) in [
            ("name: \"Libri\\0 i ri\"\nbase_currency: EUR\n", "name"), ("name: Libri\nentity: \"Bashkia\\nMallakastër\"\n", "entity"),
            ("name: Libri\nbase_currency: \"EUR\\u0007\"\n", "base_currency"),
        ] {
            let yaml = try Fixture(settings: settings)
            let error = firstError { _ = try yaml.createLedger() }
            #expect(error?.kind == .badText, "\(settings)")
            #expect(error?.location.file?.hasSuffix("ledger.yaml") == true)
            #expect(error?.location.line == 2 || field == "name")
            #expect(error?.location.field == field)
        }
        let bytes = try Fixture(settings: nil)
        try Data(Array("name: Libri ".utf8) + [0xC3] + Array(" i ri\n".utf8)).write(to: bytes.definition.appendingPathComponent("ledger.yaml"))
        let bytesError = firstError { _ = try bytes.createLedger() }
        #expect(bytesError?.kind == .badText)
        #expect(bytesError?.location.line == 1)
        #expect(bytesError?.location.field == "name")
        #expect(bytesError?.reason.hasPrefix("the file is not UTF-8 text: the byte 0xC3 at character 13") == true)
    }

    @Test("a call's files: a control character in an applicant's name is refused, stored or only scored")
    func call() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let applications = try String(contentsOf: repository.appendingPathComponent("ledgers/mallakaster/applications-iga.csv"), encoding: .utf8)
        var lines = applications.split(whereSeparator: \.isNewline).map(String.init)
        var fields = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[1] = "Ana\u{1B}[8m Beqiri"
        lines[3] = fields.joined(separator: ",")
        let path = try fixture.write("applications.csv", lines.joined(separator: "\n") + "\n")
        let grid = repository.appendingPathComponent("ledgers/mallakaster/grid-iga.yaml").path
        let error = firstError { try ledger.importCall(code: "IGA/2023/02", grid: grid, applications: path, evaluations: nil, signature: Fixture.signature) }
        #expect(error?.kind == .badText)
        #expect(error?.location.file == path)
        #expect(error?.location.line == 4)
        #expect(error?.location.field == "name")
        #expect(error?.location.value == "Ana\\u{1B}[8m Beqiri")
        #expect(firstError { _ = try ledger.callInput("IGA/2023/02") }?.kind == .unknownCall)
        let scoreError = firstError { _ = try ScoringInput.load(grid: grid, applications: path, evaluations: nil) }
        #expect(scoreError == error)
        // A grid whose title holds an escape is refused naming its key.
        let gridText = try String(contentsOfFile: grid, encoding: .utf8)
        let badGrid = try fixture.write(
            "grid.yaml", gridText.replacingOccurrences(
                of: "call: IGA equipment grants in kind, call 1 (2023)", with: "call: \"IGA equipment grants\\ain kind, call 1 (2023)\""))
        let gridError = firstError { _ = try ScoringInput.load(grid: badGrid, applications: path, evaluations: nil) }
        #expect(gridError?.kind == .badText)
        #expect(gridError?.location.field == "call")
        #expect(gridError?.location.line == 4)
    }

    /// Every place in the sources that opens a file of the user's or parses one: each goes
    /// through the text rule, so a new reader that does not is caught here.
    @Test("every reader of a user's file goes through the text rule")
    func everyReader() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let readers = ["CSVRecordReader(", "String(contentsOf", "Yams.compose(", "Yams.load(", "contents(atPath:", "String(data:", "readLine("]
        // Where each may stand, and why it is under the rule.
        let allowed: [String: Set<String>] = [
            // The CSV reader itself, and the table that checks every field with TextLimit.check.
            "CSVRecordReader.swift": ["CSVRecordReader("], "CSVTable.swift": ["CSVRecordReader("],
            // A call's files: checkTexts reads them under the rule before they are scored or
            // stored; a call's files already stored are read back as they were.
            "ScoringFiles.swift": ["CSVRecordReader(", "contents(atPath:", "String(data:"],
            // YAMLNode.compose, called on text that readText decoded and checked.
            "YAMLTextLimits.swift": ["Yams.compose("],
            // Definition files and templates: read as bytes, then through YAMLNode.readText.
            "LedgerDefinition.swift": ["contents(atPath:"], "WorkbookTemplate+Load.swift": ["contents(atPath:"],
            // An import profile: read as bytes, then through YAMLNode.readText; a file in the
            // encoding a profile names is decoded to UTF-8 and read by CSVRecordReader, under the rule.
            "ImportProfile.swift": ["contents(atPath:", "String(data:"],
            // A digest file: decoded strictly, every value checked by the rule, hashes and counts parsed.
            "LedgerDigest.swift": ["contents(atPath:"],
            // A centre's digest: decoded strictly, its time checked by the rule, codes, counts
            // and hashes parsed to their patterns.
            "CentralDigest.swift": ["contents(atPath:"],
            // No user text: the key file must be 64 hexadecimal digits; the workbook made for
            // standard output is read back as bytes and copied out.
            "PseudonymKey.swift": ["contents(atPath:"], "WorkbookExport.swift": ["contents(atPath:"],
            // The workbook a page made for a download, read back as bytes and sent whole.
            "WorkbooksPage.swift": ["contents(atPath:"],
            // A password on standard input: never stored, shown or parsed; held to the password
            // rule (Passwords.check) and hashed.
            "UserCommand.swift": ["readLine("],
        ]
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                for reader in readers where line.contains(reader) && !(allowed[url.lastPathComponent]?.contains(reader) ?? false) {
                    found.append("\(url.lastPathComponent): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found == [])
    }
}

extension Data {
    /// The same posting file with its entry renamed.
    func replacingN1(with id: String) -> Data {
        Data(String(decoding: self, as: UTF8.self).replacingOccurrences(of: "N1,", with: "\(id),").utf8)
    }
}
