import Testing
@testable import ParleyAnalysis
import ParleyModel

/// Coalitions read off the conflicts against coalitions asked of the
/// solver, on the brute-force oracle's random scenarios.
@Suite struct CoalitionQuestionTests {
    static func session(_ text: String) throws -> (AnalysisSession, [Party]) {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0, "\(text)")
        let session = AnalysisSession(
            issues: scenario.issues, demands: PositionDemand.all(of: scenario.parties), options: AnalysisOptions())
        return (session, scenario.parties)
    }

    @Test func coalitionsFromTheConflictsAreThoseTheSolverFinds() throws {
        var infeasible = 0
        for seed in UInt64(1)...300 {
            let text = BruteForceOracleTests.scenarioText(seed: seed)
            let (session, parties) = try Self.session(text)
            guard session.solve(session.allDemands) == .unsatisfiable else { continue }
            infeasible += 1
            let conflicts = ConflictQuestion.ask(session)
            #expect(!conflicts.cuts.contains(.conflicts), "seed \(seed)")
            let read = CoalitionQuestion.ask(session, parties: parties, conflicts: conflicts.conflicts)
            let solved = CoalitionQuestion.ask(session, parties: parties)
            #expect(read.consistent == solved.consistent, "seed \(seed)\n\(text)")
            #expect(read.pairs.map(\.compatible) == solved.pairs.map(\.compatible), "seed \(seed)\n\(text)")
            #expect(read.coalitions == solved.coalitions, "seed \(seed)\n\(text)")
        }
        #expect(infeasible > 50)
    }

    @Test func coalitionsPastTheLimitAreCutInReportOrder() throws {
        // Four parties, each in conflict with the next: {a, c} and {b, d}
        // are the maximal groups.
        let text = "issue t: bool\n" + ["a", "b", "c", "d"].map { "party \($0) { demand x: t }\n" }.joined()
        let (_, parties) = try Self.session(text)
        let conflicts = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")].map { pair in
            Conflict(demands: [DemandID(party: pair.0, name: "x"), DemandID(party: pair.1, name: "y")])
        }
        let all = CoalitionQuestion.fromConflicts(conflicts, parties: parties, limit: 10)
        #expect(all.coalitions == [["a", "c"], ["b", "d"]])
        #expect(all.cuts.entries.isEmpty)
        #expect(all.pairs.map(\.compatible) == [false, true, false, false, true, false])
        let cut = CoalitionQuestion.fromConflicts(conflicts, parties: parties, limit: 1)
        #expect(cut.coalitions == [["a", "c"]])
        #expect(cut.cuts.contains(.coalitions))
    }
}
