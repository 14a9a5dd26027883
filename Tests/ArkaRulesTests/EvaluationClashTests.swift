import ArkaCore
import ArkaRules
import Testing

@Suite("An evaluator's second row on an application is refused for what it is: a conflict of interest, or a repeat")
struct EvaluationClashTests {
    let grid = try! GridFixture.parse()

    func error(_ rows: [String]) throws -> ArkaError? {
        let applications = try GridFixture.applications(grid, ["a,Name,1990-01-01,Mallakastër,no,3,,2000.00,2023-05-02"])
        let evaluations = try GridFixture.evaluations(grid, rows)
        return arkaError { _ = try Scoring.run(grid: grid, applications: applications, evaluations: evaluations) }
    }

    @Test("a conflict declared on line 2, then scores from the same evaluator on line 4: the conflict of interest is named")
    func conflictThenScores() throws {
        let error = try error(["a,A,yes,", "a,B,no,4", "a,A,no,5"])
        #expect(error?.kind == .conflictOfInterest)
        #expect(error?.location.line == 4)
        #expect(error?.location.field == "evaluator")
        #expect(error?.location.value == "A")
        #expect(error?.reason == "A declared a conflict of interest with application a (line 2) and cannot score it")
    }

    @Test("scores on line 2, then a conflict declared by the same evaluator on line 3: the conflict of interest is named")
    func scoresThenConflict() throws {
        let error = try error(["a,A,no,5", "a,A,yes,", "a,B,no,4"])
        #expect(error?.kind == .conflictOfInterest)
        #expect(error?.location.line == 3)
        #expect(error?.reason == "A declares a conflict of interest with application a, which they scored (line 2): an evaluator with a conflict cannot score it")
    }

    @Test("a conflict declared twice, scores given twice, two consensus records: each a repeat, naming the first line")
    func repeats() throws {
        let conflict = try error(["a,A,yes,", "a,A,yes,"])
        #expect(conflict?.kind == .duplicate)
        #expect(conflict?.reason == "A declares a conflict of interest with application a twice (first on line 2)")
        let scores = try error(["a,A,no,4", "a,B,no,4", "a,A,no,4"])
        #expect(scores?.kind == .duplicate)
        #expect(scores?.location.line == 4)
        #expect(scores?.reason == "A evaluates application a twice (first on line 2)")
        let consensus = try error(["a,consensus,no,4", "a,Consensus,no,3"])
        #expect(consensus?.kind == .duplicate)
        #expect(consensus?.location.line == 3)
        #expect(consensus?.reason == "application a has a second consensus record (the first on line 2)")
    }

    @Test("an evaluation keeps its file's position beside its conflict flag, in no room of its own")
    func fileIndexTakesNoRoom() {
        // Two names, the conflict flag with the file's position in the 8 bytes it is padded to, the scores, the line.
        #expect(MemoryLayout<Evaluation>.size == 2 * MemoryLayout<String>.size + 8 + MemoryLayout<[Points]>.size + MemoryLayout<Int>.size)
    }

    @Test("a consensus record declaring a conflict is refused for that, even with scores")
    func consensusConflict() {
        let error = arkaError { _ = try GridFixture.evaluations(grid, ["a,consensus,yes,4"]) }
        #expect(error?.kind == .badEvaluation)
        #expect(error?.location.field == "conflict")
        #expect(error?.reason == "a consensus record cannot declare a conflict")
    }
}
