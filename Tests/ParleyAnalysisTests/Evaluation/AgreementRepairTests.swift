import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// ``AgreementRepair``: a repaired agreement always meets every condition
/// and differs from the original in the chosen issue and one other at
/// most; checked on worked cases and against plain evaluation on the
/// brute-force oracle's random scenarios.
@Suite struct AgreementRepairTests {
    /// The issues' domains and every demand's condition of a scenario.
    static func load(_ text: String) -> (domains: [Domain], conditions: [Condition]) {
        let scenario = ScenarioChecker.load(SourceFile(name: "t", text: text)).0!
        return (scenario.issues.map(\.domain), scenario.parties.flatMap { $0.demands.map(\.condition) })
    }

    static func repair(_ domains: [Domain], _ conditions: [Condition]) -> AgreementRepair {
        AgreementRepair(domains: domains, conditionsOn: domains.indices.map { i in
            conditions.filter { $0.mentionedIssues.contains(i) }
        })
    }

    static let tied = """
        issue e: -250..500
        issue a: 0..100
        issue z: bool
        party p {
          demand d: e - 2 * a == -3
          demand f: z or a < 90
        }
        """

    @Test func movesTheTiedIssueToMatchAnEquation() {
        let (domains, conditions) = Self.load(Self.tied)
        let moved = Self.repair(domains, conditions).moved([17, 10, 0], setting: 0, to: 21)
        #expect(moved == [21, 12, 0])
    }

    @Test func failsWhereNoSingleMoveReachesTheValue() {
        let (domains, conditions) = Self.load(Self.tied)
        let repair = Self.repair(domains, conditions)
        // Even values of e take a half-integer a.
        #expect(repair.moved([17, 10, 0], setting: 0, to: 20) == nil)
        // e = 187 takes a = 95, which needs z: a second move.
        #expect(repair.moved([17, 10, 0], setting: 0, to: 187) == nil)
    }

    @Test func changesNothingElseWhenTheValueAlreadyFits() {
        let (domains, conditions) = Self.load(Self.tied)
        #expect(Self.repair(domains, conditions).moved([17, 10, 0], setting: 2, to: 1) == [17, 10, 1])
    }

    @Test func repairedAgreementsMeetEveryConditionAndMoveOneOtherIssue() {
        var repaired = 0
        for seed in UInt64(1)...150 {
            let text = BruteForceOracleTests.scenarioText(seed: seed &+ 70_000)
            guard let scenario = ScenarioChecker.load(SourceFile(name: "r", text: text)).0 else { continue }
            let domains = scenario.issues.map(\.domain)
            let conditions = scenario.parties.flatMap { $0.demands.map(\.condition) }
            let repair = Self.repair(domains, conditions)
            let meeting = EvaluatorTests.agreements(domains.map(EvaluatorTests.values))
                .filter { agreement in conditions.allSatisfy { $0.holds(agreement) } }
            for agreement in meeting.prefix(6) {
                for (i, domain) in domains.enumerated() {
                    for value in EvaluatorTests.values(domain) {
                        guard let moved = repair.moved(agreement, setting: i, to: value) else { continue }
                        repaired += 1
                        #expect(moved[i] == value)
                        #expect(conditions.allSatisfy { $0.holds(moved) }, "seed \(seed): \(agreement) -> \(moved)")
                        let changed = moved.indices.filter { $0 != i && moved[$0] != agreement[$0] }
                        #expect(changed.count <= 1)
                    }
                }
            }
        }
        #expect(repaired > 300)
    }
}
