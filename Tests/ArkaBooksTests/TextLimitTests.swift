import ArkaBooks
import ArkaCore
import Foundation
import Testing

/// Texts longer than their kind holds (``TextLimit``) are refused where they are read — a posting
/// file, a definition file at init, a call's files — naming file, line and field, and nothing is
/// stored; texts at the limit pass.
@Suite("Text limits where texts come in")
struct TextLimitTests {
    static func text(_ count: Int, _ piece: String = "ë") -> String { String(repeating: piece, count: count) }

    @Test("a posting file's texts: at their limit they post, one character more is refused and the ledger stays as it was")
    func postingFile() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let limits: [(column: String, limit: TextLimit)] = [
            ("description", .text), ("memo", .text), ("counterparty", .name), ("document", .reference), ("entry", .code),
        ]
        for (number, (column, limit)) in limits.enumerated() {
            func row(_ value: String) -> String {
                let fields = [
                    "entry": "T\(number)", "description": "Zyra", "counterparty": "", "document": "", "memo": "",
                ].merging([column: "\"\(value)\""]) { $1 }
                return header
                    + "\(fields["entry"]!),2023-08-0\(number + 1),\(fields["description"]!),6310,1.00,EUR,,,\(fields["counterparty"]!),\(fields["document"]!),\(fields["memo"]!),\n"
                    + "\(fields["entry"]!),2023-08-0\(number + 1),,5121,-1.00,EUR,,,,,,\n"
            }
            let before = try LedgerState(ledger)
            let error = firstError { try fixture.post(ledger, row(Self.text(limit.characters + 1, column == "entry" ? "E" : "ë"))) }
            #expect(error?.kind == .textTooLong, "\(column)")
            #expect(error?.location.file?.hasSuffix("postings.csv") == true)
            #expect(error?.location.line == 2)
            #expect(error?.location.field == column)
            #expect(error?.reason.contains("holds at most") == true)
            #expect(try LedgerState(ledger) == before)
            try fixture.post(ledger, row(Self.text(limit.characters, column == "entry" ? "E" : "ë")))
        }
    }

    @Test("the exact message: limit and length counted in characters, the value's start quoted")
    func message() {
        let error = firstError { try TextLimit.check(Self.text(32_768, "a"), field: "description") }
        #expect(
            error?.description
                == "field description \"aaaaaaaaaaaaaaaaaaaaaaaa…\": a description, memo, note or reason holds at most 2,000 characters; this one has 32,768; keep a longer text in a document and name it in the entry"
        )
        // Characters, not bytes: 2,000 two-byte letters fit; an `ë` written as e and a combining mark counts two.
        #expect(firstError { try TextLimit.check(Self.text(2_000), field: "memo") } == nil)
        #expect(firstError { try TextLimit.check(Self.text(1_001, "e\u{308}"), field: "memo") }?.kind == .textTooLong)
        #expect(TextLimit.forField("budget_line") == .code)
        #expect(TextLimit.forField("--budget-line") == .code)
        #expect(TextLimit.forField("budgetLine") == .code)
        #expect(TextLimit.forField("counterparty") == .name)
        #expect(TextLimit.forField("invoice") == .reference)
        #expect(TextLimit.forField("a column no one named") == .text)
    }

    @Test("definition files at init: a fund's name, the settings' name and an account's code")
    func definition() throws {
        let longName = try Fixture(funds: "code,name,restricted\nEU,\"\(Self.text(201))\",true\n", budget: nil)
        let fundError = firstError { _ = try longName.createLedger() }
        #expect(fundError?.kind == .textTooLong)
        #expect(fundError?.location.file?.hasSuffix("funds.csv") == true)
        #expect(fundError?.location.line == 2)
        #expect(fundError?.location.field == "name")
        #expect(!FileManager.default.fileExists(atPath: longName.ledgerPath))

        let settings = try Fixture(settings: "base_currency: EUR\nname: \"\(Self.text(201))\"\n")
        let settingsError = firstError { _ = try settings.createLedger() }
        #expect(settingsError?.kind == .textTooLong)
        #expect(settingsError?.location.file?.hasSuffix("ledger.yaml") == true)
        #expect(settingsError?.location.line == 2)
        #expect(settingsError?.location.field == "name")

        let code = try Fixture(accounts: Fixture.accounts + "\n\(Self.text(41, "9")),Long,expense,,\n")
        let codeError = firstError { _ = try code.createLedger() }
        #expect(codeError?.kind == .textTooLong)
        #expect(codeError?.location.field == "code")
    }

    @Test("a call's files: an applicant's name too long is refused before the call is stored")
    func call() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let applications = try String(contentsOf: repository.appendingPathComponent("ledgers/mallakaster/applications-iga.csv"), encoding: .utf8)
        var lines = applications.split(whereSeparator: \.isNewline).map(String.init)
        var fields = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[1] = Self.text(201)
        lines[3] = fields.joined(separator: ",")
        let path = try fixture.write("applications.csv", lines.joined(separator: "\n") + "\n")
        let grid = repository.appendingPathComponent("ledgers/mallakaster/grid-iga.yaml").path
        let error = firstError { try ledger.importCall(code: "IGA/2023/02", grid: grid, applications: path, evaluations: nil, signature: Fixture.signature) }
        #expect(error?.kind == .textTooLong)
        #expect(error?.location.file == path)
        #expect(error?.location.line == 4)
        #expect(error?.location.field == "name")
        #expect(firstError { _ = try ledger.callInput("IGA/2023/02") }?.kind == .unknownCall)
        // A call code far too long for a sheet name is a code all the same: stored as it is.
        let code = "SOCIAL-BUSINESS-CALL-2024-01"
        let original = repository.appendingPathComponent("ledgers/mallakaster/applications-iga.csv").path
        try ledger.importCall(code: code, grid: grid, applications: original, evaluations: nil, signature: Fixture.signature)
        #expect(try ledger.callInput(code).applications.count == applications.split(whereSeparator: \.isNewline).count - 1)
    }
}
