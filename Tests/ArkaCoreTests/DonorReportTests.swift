import ArkaCore
import Testing

@Suite("The donor reports a fund is reported in (funds.csv, column reports)")
struct DonorReportTests {
    @Test("an empty value is no report; names are separated by semicolons, spaces around them ignored")
    func reads() throws {
        #expect(try DonorReport.parseList("") == [])
        #expect(try DonorReport.parseList("  ") == [])
        #expect(try DonorReport.parseList(" proof-of-use ") == [.proofOfUse])
        #expect(DonorReport.listText([.proofOfUse]) == "proof-of-use")
        for reports in [[], [DonorReport.proofOfUse]] {
            #expect(try DonorReport.parseList(DonorReport.listText(reports)) == reports)
        }
    }

    @Test("an unknown, repeated or empty name is refused, naming it and the reports there are")
    func refuses() throws {
        let cases: [(String, ArkaError.Kind, String)] = [
            ("proof-of-use; verwendungsnachweis", .badSetting, "verwendungsnachweis"),
            ("Proof-of-use", .badSetting, "Proof-of-use"),
            ("proof-of-use;proof-of-use", .duplicate, "proof-of-use"),
            ("proof-of-use;", .badSetting, "proof-of-use;"),
        ]
        for (text, kind, value) in cases {
            do {
                _ = try DonorReport.parseList(text)
                Issue.record("\(text) was read")
            } catch let error as ArkaError {
                #expect(error.kind == kind, "\(text)")
                #expect(error.location.field == "reports")
                #expect(error.location.value == value)
                if kind == .badSetting && value != text { #expect(error.reason.contains("proof-of-use"), "\(error)") }
            }
        }
    }

    @Test("a fund is reported only in the reports it names")
    func fund() {
        #expect(Fund(code: "ADH", name: "Aktion Deutschland Hilft", isRestricted: true, reports: [.proofOfUse]).isReported(in: .proofOfUse))
        #expect(!Fund(code: "EU", name: "European Union", isRestricted: true).isReported(in: .proofOfUse))
    }
}
