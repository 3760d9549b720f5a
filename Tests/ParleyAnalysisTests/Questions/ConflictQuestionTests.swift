import Testing
@testable import ParleyAnalysis
import ParleyModel

/// The conflicts of scenarios made of many independent parts, some of them
/// unsatisfiable: the parts set aside by the joint calls' cores must
/// include every one that holds a conflict.
@Suite struct ConflictQuestionTests {
    @Test func everyUnsatisfiablePartAmongManyIsExplored() throws {
        // Twenty parts, each on an issue of its own; parts 3, 7, 8 and 19
        // hold a conflict (part 8 two of them).
        var text = (0..<20).map { "issue n\($0): 0..10\n" }.joined()
        text += "party a {\n" + (0..<20).map { "  demand low\($0): n\($0) <= 5\n" }.joined() + "}\n"
        text += "party b {\n"
        for k in 0..<20 {
            let clash = [3, 7, 8, 19].contains(k)
            text += "  demand high\(k): n\(k) >= \(clash ? 6 : 2)\n"
        }
        text += "  demand odd8: n8 == 11 or n8 == 12\n}\n"
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0)
        let session = AnalysisSession(issues: scenario.issues, demands: PositionDemand.all(of: scenario.parties), options: AnalysisOptions())
        let answer = ConflictQuestion.ask(session)
        let expected = [3, 7, 8, 19].map { k in
            Conflict(demands: [DemandID(party: "a", name: "low\(k)"), DemandID(party: "b", name: "high\(k)")])
        } + [Conflict(demands: [DemandID(party: "b", name: "odd8")])]
        #expect(Set(answer.conflicts) == Set(expected))
        #expect(answer.conflicts.count == expected.count)
        #expect(answer.cuts.entries.isEmpty)
    }
}
