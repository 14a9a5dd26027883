import ArkaBooks
import ArkaCore
import Foundation

/// A definition folder written from text stated in the test, and a ledger made from it.
final class Fixture {
    static let accounts = """
        code,name,type,parent,name_sq
        5100,Bank,asset,,Banka
        5121,Bank EUR,asset,5100,
        5122,Bank ALL,asset,5100,
        4010,Suppliers,liability,,
        6310,Equipment,expense,,
        6920,Rounding differences,expense,,
        7410,EU contribution,income,,
        """
    static let funds = "code,name,restricted,template\nEU,European Union,true,eu-annex-vi\nADH,Aktion Deutschland Hilft,true,financing-plan\n"
    static let budget = """
        fund,line,heading,description,amount,currency
        EU,3.1,3,Equipment,15000.00,EUR
        EU,3.3,3,IGA equipment,40000.00,EUR
        ADH,1.1,1,Salaries,8000.00,EUR
        """
    static let rates = "date,currency,rate\n2023-08,ALL,101.84\n2023-09,ALL,106.95\n2023-09-15,ALL,106.00\n"
    static let settings = "name: Test books\nbase_currency: EUR\nrounding_account: \"6920\"\n"

    let directory: URL
    let definition: URL

    init(
        accounts: String = Fixture.accounts, funds: String? = Fixture.funds, budget: String? = Fixture.budget,
        rates: String? = Fixture.rates, settings: String? = Fixture.settings
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("arka-test-\(UUID().uuidString)")
        definition = directory.appendingPathComponent("definition")
        try FileManager.default.createDirectory(at: definition, withIntermediateDirectories: true)
        try write("definition/accounts.csv", accounts)
        if let funds { try write("definition/funds.csv", funds) }
        if let budget { try write("definition/budget.csv", budget) }
        if let rates { try write("definition/rates.csv", rates) }
        if let settings { try write("definition/ledger.yaml", settings) }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes a file under the fixture's folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    var ledgerPath: String { directory.appendingPathComponent("books.arka").path }

    func createLedger() throws -> Ledger {
        try Ledger.create(at: ledgerPath, from: try LedgerDefinition.load(from: definition.path, baseCurrency: nil))
    }

    /// Posts CSV text as a file named `name`.
    @discardableResult
    func post(_ ledger: Ledger, _ csv: String, name: String = "postings.csv") throws -> PostingSummary {
        try ledger.post(file: try write(name, csv), signature: Fixture.signature)
    }

    static let signature = Signature(user: "tester", timestamp: "2025-01-31T10:00:00Z")
}

/// The parts of a ledger a rejected write must leave as they were.
struct LedgerState: Equatable {
    var entries: Int64
    var head: String
    var balances: [String]

    init(_ ledger: Ledger) throws {
        let verification = try ledger.verify()
        entries = verification.entries
        head = verification.head.hash
        balances = try ledger.trialBalance(asOf: nil, grouping: .budgetLine).lines.map {
            "\($0.account.code) \($0.fund ?? "-") \($0.budgetLine ?? "-") \($0.debit) \($0.credit)"
        }
    }
}

/// The first error of a rejected file.
func firstError(_ body: () throws -> Void) -> ArkaError? {
    do {
        try body()
    } catch let list as ArkaErrorList {
        return list.errors.first
    } catch let error as ArkaError {
        return error
    } catch {
        return nil
    }
    return nil
}

let header = "entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo,rate\n"

func eur(_ text: String) -> Money { try! Money.parse(text, currency: .euro) }

/// Every error of a rejected run, in the order reported.
func allErrors(_ body: () throws -> Void) -> [ArkaError] {
    do {
        try body()
    } catch let list as ArkaErrorList {
        return list.errors
    } catch let error as ArkaError {
        return [error]
    } catch {
        return []
    }
    return []
}
