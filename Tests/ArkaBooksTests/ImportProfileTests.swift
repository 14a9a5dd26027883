@testable import ArkaBooks
import ArkaCore
import Foundation
import PropertyBased
import Testing

@Suite("Import profiles: files from banks and spreadsheets read as Arka's own")
struct ImportProfileTests {
    @Test("day-first dates read as YYYY-MM-DD; anything else is left for the date's own check")
    func dates() {
        #expect(ImportProfile.dayFirstDate("31.01.2024") == "2024-01-31")
        #expect(ImportProfile.dayFirstDate("1/2/2024") == "2024-02-01")
        #expect(ImportProfile.dayFirstDate("05-08-2023") == "2023-08-05")
        #expect(ImportProfile.dayFirstDate("2024-01-31") == nil)
        #expect(ImportProfile.dayFirstDate("31.01.24") == nil)
        #expect(ImportProfile.dayFirstDate("yesterday") == nil)
    }

    @Test("a decimal comma and grouped thousands read as a decimal point")
    func numbers() {
        #expect(ImportProfile.decimalPoint("1.234,50") == "1234.50")
        #expect(ImportProfile.decimalPoint("1 234,50") == "1234.50")
        #expect(ImportProfile.decimalPoint("-390.000,00") == "-390000.00")
        #expect(ImportProfile.decimalPoint("12,5") == "12.5")
        // A point that cannot group thousands is left as typed, never read as another number.
        #expect(ImportProfile.decimalPoint("25.5") == "25.5")
        #expect(ImportProfile.decimalPoint("1.00,00") == "1.00,00")
        #expect(ImportProfile.decimalPoint("1.234.5,00") == "1.234.5,00")
        #expect(ImportProfile.ungrouped("1,234.50") == "1234.50")
        #expect(ImportProfile.ungrouped("12,34") == "12,34")
    }

    @Test("every amount written with a decimal comma and grouped thousands reads as the same amount")
    func amountsRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: -999_999_999...999_999_999)) { cents in
            let money = Money(minorUnits: Int64(cents), currency: .euro)
            let point = money.decimalText
            // 1234567.89 written as 1.234.567,89
            let negative = point.hasPrefix("-")
            let digits = negative ? String(point.dropFirst()) : point
            let parts = digits.split(separator: ".")
            var whole = String(parts[0])
            var grouped = ""
            while whole.count > 3 {
                grouped = "." + whole.suffix(3) + grouped
                whole = String(whole.dropLast(3))
            }
            let written = (negative ? "-" : "") + whole + grouped + "," + parts[1]
            #expect(ImportProfile.decimalPoint(written) == point)
        }
    }

    @Test("the shipped profiles load, and each reads its own sample's header")
    func shipped() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.appendingPathComponent("templates/profiles")
        for name in ["excel-sq", "bank-bkt", "bank-raiffeisen"] {
            let profile = try ImportProfile.load(file: folder.appendingPathComponent("\(name).yaml").path)
            #expect(profile.name == name)
            #expect(!profile.description.isEmpty)
        }
        let bkt = try ImportProfile.load(file: folder.appendingPathComponent("bank-bkt.yaml").path)
        let statement: Set<String> = ["date", "description", "amount", "balance"]
        let header = ["Data e veprimit", "Data e valutës", "Përshkrimi i veprimit", "Referenca", "Debi", "Kredi", "Gjendja"]
        #expect(bkt.reads(header: header, known: statement, required: Array(statement)))
        // A posting file takes no balance: the bank's profile does not read its statement as one.
        #expect(!bkt.reads(header: header, known: ["entry", "date", "description", "account", "amount", "currency"], required: ["entry"]))
        #expect(!bkt.reads(header: ["Data e veprimit", "Përshkrimi i veprimit", "Debi", "Kredi"], known: statement, required: Array(statement)))
        #expect(bkt.newestFirst && bkt.dayFirst && bkt.decimalComma && bkt.skipRows == 3)
    }

    @Test("a profile file with an unknown key or a bad separator is refused naming its line")
    func badProfile() throws {
        let fixture = try Fixture()
        let unknown = try fixture.write("unknown.yaml", "name: x\ncolums:\n  data: date\n")
        let error = firstError { _ = try ImportProfile.load(file: unknown) }
        #expect(error?.kind == .badSetting)
        #expect(error?.location.line == 2)
        let separator = try fixture.write("separator.yaml", "name: x\nseparator: \"|\"\n")
        #expect(firstError { _ = try ImportProfile.load(file: separator) }?.location.line == 2)
    }

    @Test("a posting file read through a profile posts what the same file in Arka's columns posts")
    func sameAsCanonical() throws {
        let fixture = try Fixture()
        let ledger = try fixture.createLedger()
        let profileFile = try fixture.write(
            "sq.yaml",
            "name: sq\nseparator: \";\"\ndecimal_comma: true\nday_first: true\ncolumns:\n  nr: entry\n  data: date\n  përshkrimi: description\n  llogaria: account\n  monedha: currency\n  fondi: fund\namount:\n  plus: debi\n  minus: kredi\n")
        let profile = try ImportProfile.load(file: profileFile)
        let file = try fixture.write(
            "sq.csv",
            "Nr;Data;Përshkrimi;Llogaria;Debi;Kredi;Monedha;Fondi\nA-1;01.08.2023;Parapagim;5121;10.000,00;;EUR;EU\nA-1;01.08.2023;Parapagim;7410;;10.000,00;EUR;EU\n")
        let summary = try ledger.post(file: file, profile: profile, signature: Fixture.signature)
        #expect(summary.entries == 1)
        let lines = try ledger.trialBalance(asOf: nil, grouping: .account).lines
        #expect(lines.first { $0.account.code == "5121" }?.balance.decimalText == "10000.00")
        #expect(lines.first { $0.account.code == "7410" }?.balance.decimalText == "-10000.00")
    }
}
