import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// `explain`, the per-issue support of the readable reports, and the
/// what-if comparison, each checked against brute force on random
/// scenarios (the generator and oracle of ``BruteForceOracleTests``).
@Suite struct ExplanationOracleTests {
    typealias Oracle = BruteForceOracleTests.Oracle

    /// The values of an issue, as the analysis numbers them.
    static func values(of issue: ParleyModel.Issue) -> [Int64] {
        switch issue.domain {
        case .values(let names): Array(0..<Int64(names.count))
        case .bool: [0, 1]
        case .integers(let low, let high): Array(low...high)
        }
    }

    @Test func explainGivesAWitnessOrExactlyTheMinimalExcludingSets() throws {
        var excludedValues = 0
        for seed in UInt64(1)...150 {
            let text = BruteForceOracleTests.scenarioText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0)
            let oracle = Oracle(scenario: scenario)
            for (i, issue) in scenario.issues.enumerated() {
                for value in Self.values(of: issue) {
                    let explanation = Analyzer.explain(scenario, issue: i, value: value)
                    // Agreements with the value, as masks of demands met.
                    let masks = oracle.agreements.indices.filter { oracle.agreements[$0][i] == value }.map { oracle.masks[$0] }
                    func satisfiable(_ subset: UInt32) -> Bool { masks.contains { $0 & subset == subset } }
                    let possible = satisfiable(oracle.all)
                    #expect(explanation.possible == possible, "seed \(seed) \(issue.name)=\(value)")
                    if possible {
                        let example = try #require(explanation.example)
                        #expect(example[i] == value)
                        #expect(oracle.demands.allSatisfy { $0.condition.holds(example) }, "seed \(seed)")
                        #expect(explanation.excludedBy.isEmpty)
                    } else {
                        excludedValues += 1
                        let expected = (UInt32(0)...oracle.all).filter { s in
                            s & oracle.all == s && !satisfiable(s) && oracle.satisfiable(s)
                                && oracle.demands.indices.allSatisfy { d in s & (1 << UInt32(d)) == 0 || satisfiable(s & ~(1 << UInt32(d))) }
                        }.map { Conflict(demands: oracle.names($0)) }
                        #expect(Set(explanation.excludedBy) == Set(expected), "seed \(seed) \(issue.name)=\(value)\n\(text)")
                        #expect(explanation.excludedBy.count == expected.count)
                    }
                }
            }
        }
        #expect(excludedValues > 100)
    }

    @Test func supportMatchesBruteForce() throws {
        for seed in UInt64(501)...650 {
            let text = BruteForceOracleTests.scenarioText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0)
            let oracle = Oracle(scenario: scenario)
            var options = AnalysisOptions()
            options.support = true
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties, options: options)
            let support = try #require(analysis.support)
            let masks = scenario.parties.indices.map { p in
                oracle.demands.indices.filter { oracle.demands[$0].party == p }.reduce(UInt32(0)) { $0 | 1 << UInt32($1) }
            }
            let consistent = scenario.parties.indices.filter { oracle.satisfiable(masks[$0]) }
            let feasible = oracle.satisfiable(oracle.all)
            for (i, issue) in scenario.issues.enumerated() {
                for value in Self.values(of: issue) {
                    let withValue = oracle.agreements.indices.filter { oracle.agreements[$0][i] == value }.map { oracle.masks[$0] }
                    for p in scenario.parties.indices {
                        #expect(support[i].allowedBy[p].contains(value) == withValue.contains { $0 & masks[p] == masks[p] },
                                "seed \(seed) \(issue.name)=\(value) party \(p)\n\(text)")
                    }
                    // Explained: the values outside the joint overlap when a
                    // deal exists, else those outside the common ground.
                    let admittedBy = scenario.parties.indices.filter { p in withValue.contains { $0 & masks[p] == masks[p] } }
                    let open = feasible ? withValue.contains { $0 == oracle.all } : consistent.allSatisfy(admittedBy.contains)
                    let entry = support[i].exclusions.first { $0.values.contains(value) }
                    #expect((entry == nil) == open, "seed \(seed) \(issue.name)=\(value)")
                    if let entry {
                        let alone = oracle.demands.indices.filter { d in !withValue.contains { $0 & (1 << UInt32(d)) != 0 } }
                            .map { DemandID(qualified: oracle.demands[$0].name) }.sorted()
                        #expect(entry.demands == alone, "seed \(seed) \(issue.name)=\(value)\n\(text)")
                        #expect(entry.parties == scenario.parties.indices.filter { !admittedBy.contains($0) }, "seed \(seed) \(issue.name)=\(value)")
                    }
                }
            }
        }
    }

    @Test func whatIfComparisonPartitionsConflictsAndValues() throws {
        var compared = 0
        for seed in UInt64(1001)...1150 {
            let text = BruteForceOracleTests.scenarioText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0)
            guard let party = scenario.parties.firstIndex(where: { !$0.demands.isEmpty }) else { continue }
            let conceded = Int(seed) % scenario.parties[party].demands.count
            let whatIf = WhatIf(name: "cli", label: nil, changes: [.concede(party: party, demand: scenario.parties[party].demands[conceded].name, level: nil)], range: SourceRange(start: 0, end: 0))
            let report = Analyzer.report(scenario, file: "r", whatIfs: [], extra: whatIf)
            let after = try #require(report.whatIfs.first)
            let comparison = WhatIfComparison(before: report.analysis, after: after)
            compared += 1
            #expect(Set(comparison.resolved + comparison.remaining) == Set(report.analysis.conflicts))
            #expect(Set(comparison.remaining + comparison.new) == Set(after.analysis.conflicts))
            #expect(Set(comparison.resolved).isDisjoint(with: after.analysis.conflicts))
            let demand = scenario.parties[party].demands[conceded]
            #expect(after.conceded.demands == [DemandID(party: scenario.parties[party].name, name: demand.name)])
            let shares = after.conceded.shares(among: scenario.parties)
            #expect(shares.map(\.party) == [party] && shares.map(\.cost) == [demand.cost])
            // Values gained: open after and not before, by brute force.
            let oracleAfter = Oracle(scenario: Scenario(title: nil, issues: scenario.issues, parties: after.parties, whatIfs: []))
            let oracleBefore = Oracle(scenario: scenario)
            for (i, issue) in scenario.issues.enumerated() {
                for value in Self.values(of: issue) {
                    func open(_ oracle: Oracle) -> Bool { oracle.agreements.indices.contains { oracle.agreements[$0][i] == value && oracle.masks[$0] == oracle.all } }
                    #expect(comparison.gained[i].contains(value) == (open(oracleAfter) && !open(oracleBefore)), "seed \(seed)")
                    #expect(comparison.lost[i].contains(value) == (!open(oracleAfter) && open(oracleBefore)), "seed \(seed)")
                }
            }
        }
        #expect(compared > 100)
    }

    @Test func wideIntegerIssueIsExplainedRunByRun() throws {
        let text = """
        issue x: 0..100
        issue y: 0..3
        party a { demand low: x >= 20
                  demand budget: x + 10 * y <= 80 }
        party b { demand some: y >= 1 }
        """
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t", text: text)).0)
        let explanation = Analyzer.explain(scenario, issue: 0)
        #expect(explanation.sampled)
        #expect(explanation.open == .intervals([20...70]))
        #expect(explanation.excludedRuns == [
            Exclusion(values: .intervals([0...19]), demands: ["a.low"], parties: [0]),
            Exclusion(values: .intervals([71...80]), demands: [], parties: []),
            Exclusion(values: .intervals([81...100]), demands: ["a.budget"], parties: [0]),
        ])
        #expect(explanation.values.map(\.value) == [20, 0, 71, 81])
        #expect(explanation.values.map(\.possible) == [true, false, false, false])
        #expect(explanation.values[2].excludedBy == [Conflict(demands: ["a.budget", "b.some"])])
        // Each sampled value is explained as the single-value form would
        // (the witness agreement may differ; the answer may not).
        for value in explanation.values {
            let alone = Analyzer.explain(scenario, issue: 0, value: value.value)
            #expect(value.possible == alone.possible && value.excludedBy == alone.excludedBy)
        }
    }
}
