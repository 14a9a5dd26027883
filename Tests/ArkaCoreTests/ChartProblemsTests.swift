import ArkaCore
import Testing

@Suite("Every problem of a chart of accounts")
struct ChartProblemsTests {
    @Test("each account that breaks a rule is named, in list order, with the place of its row; the init throws the first")
    func everyProblem() throws {
        let accounts = [
            Account(code: "5100", name: "Bankat", type: .asset),
            Account(code: "5112", name: "Banka EUR", type: .asset, parent: "5100"),
            Account(code: "6100", name: "Personeli", type: .expense),
            Account(code: "5112", name: "Banka EUR përsëri", type: .asset, parent: "5100"),
            Account(code: "7110", name: "Shitje", type: .income, parent: "6100"),
            Account(code: "6300", name: "Udhëtime", type: .expense, parent: "6999"),
            Account(code: "6400", name: "Cikël", type: .expense, parent: "6410"),
            Account(code: "6410", name: "Cikël", type: .expense, parent: "6400"),
        ]
        let problems = ChartOfAccounts.problems(in: accounts)
        #expect(problems.map(\.account) == [3, 4, 5, 6, 7])
        #expect(problems.map(\.error.kind) == [.duplicate, .badChart, .badChart, .badChart, .badChart])
        #expect(problems[1].error.reason == "account 7110 is income but its parent 6100 is expense")
        #expect(problems[2].error.reason == "account 6300 names a parent that is not in the chart")
        #expect(problems[3].error.reason == "account 6400 is its own ancestor")
        #expect(throws: ArkaError.self) { try ChartOfAccounts(accounts) }
        #expect(ChartOfAccounts.problems(in: Array(accounts.prefix(3))).isEmpty)
    }
}
