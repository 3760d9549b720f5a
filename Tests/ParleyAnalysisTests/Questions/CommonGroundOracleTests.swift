import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// Common ground, gaps and the ranges of agreements against brute force:
/// every agreement of small random scenarios enumerated, for the baseline
/// and a what-if, with parties that have no demands, inconsistent parties,
/// and integer issues with holes.
@Suite struct CommonGroundOracleTests {
    typealias Oracle = BruteForceOracleTests.Oracle

    /// A random scenario, sometimes with a party that demands nothing, an
    /// inconsistent party, or an integer issue with holes.
    static func scenarioText(seed: UInt64) -> String {
        var text = BruteForceOracleTests.scenarioText(seed: seed &+ 70_000)
        var rng = SeededGenerator(seed: seed)
        if Bool.random(using: &rng) { text += "party free {\n}\n" }
        if Int.random(in: 0..<4, using: &rng) == 0 { text += "party stubborn {\n  demand never: false\n}\n" }
        if Bool.random(using: &rng) {
            // An issue of its own, with holes: parties agree on no single run.
            text = "issue h: 0..12\n" + text
            text += "party holes_a {\n  demand d: h != 5 and (h < 3 or h > 9)\n}\n"
            text += "party holes_b {\n  demand d: h >= 4 and h <= 8\n}\n"
        }
        return text
    }

    /// The values of each issue that some agreement meeting `mask` takes.
    static func support(_ oracle: Oracle, mask: UInt32) -> [Set<Int64>] {
        oracle.issues.indices.map { i in
            Set(oracle.agreements.indices.filter { oracle.masks[$0] & mask == mask }.map { oracle.agreements[$0][i] })
        }
    }

    static func set(_ overlap: IssueOverlap, _ issue: ParleyModel.Issue) -> Set<Int64> {
        Set(EvaluatorTests.values(issue.domain).filter { overlap.contains($0) })
    }

    /// Checks common, gaps and the example's ranges of one analysis.
    static func check(_ analysis: Analysis, parties: [Party], issues: [ParleyModel.Issue], label: String) {
        let oracle = Oracle(scenario: Scenario(title: nil, issues: issues, parties: parties, whatIfs: []))
        func mask(_ p: Int) -> UInt32 {
            oracle.demands.indices.filter { oracle.demands[$0].party == p }.reduce(0) { $0 | 1 << UInt32($1) }
        }
        let consistent = parties.indices.filter { oracle.satisfiable(mask($0)) }
        let supports = parties.indices.map { support(oracle, mask: mask($0)) }
        guard let common = analysis.common, let gaps = analysis.gaps else {
            Issue.record("\(label): common ground cut without a limit")
            return
        }
        for (i, issue) in issues.enumerated() {
            let all = Set(EvaluatorTests.values(issue.domain))
            let expected = consistent.reduce(all) { $0.intersection(supports[$1][i]) }
            #expect(set(common[i], issue) == expected, "\(label): common on \(issue.name)")
            let gap = gaps.first { $0.issue == i }
            guard case .integers = issue.domain, expected.isEmpty, !consistent.isEmpty else {
                #expect(gap == nil, "\(label): a gap on \(issue.name)")
                continue
            }
            // The shortest interval meeting every consistent party, leftmost.
            var best: (Int64, Int64)?
            for a in all.sorted() {
                for b in all.sorted() where b >= a {
                    let meets = consistent.allSatisfy { p in supports[p][i].contains { $0 >= a && $0 <= b } }
                    if meets, best.map({ b - a < $0.1 - $0.0 }) ?? true { best = (a, b) }
                    if meets { break }
                }
            }
            guard let gap, let (a, b) = best else {
                Issue.record("\(label): no gap on \(issue.name)")
                continue
            }
            #expect(gap.between == a...b, "\(label): gap on \(issue.name)")
            #expect(gap.size == UInt64(b - a))
            #expect(gap.below == consistent.filter { p in supports[p][i].allSatisfy { $0 <= a } }, "\(label): below on \(issue.name)")
            #expect(gap.above == consistent.filter { p in supports[p][i].allSatisfy { $0 >= b } }, "\(label): above on \(issue.name)")
        }
        if let example = analysis.agreements.example, let ranges = analysis.agreements.exampleRanges {
            for (i, issue) in issues.enumerated() {
                let moved = Set(EvaluatorTests.values(issue.domain).filter { v in
                    var candidate = example
                    candidate[i] = v
                    return oracle.demands.allSatisfy { $0.condition.holds(candidate) }
                })
                #expect(set(ranges[i], issue) == moved, "\(label): example range of \(issue.name)")
            }
        } else {
            #expect(analysis.agreements.example == nil && analysis.agreements.exampleRanges == nil, "\(label)")
        }
        func utilities(_ agreement: [Int64]) -> [Int64] {
            parties.map { party in party.preferences.reduce(0) { $0 + ($1.condition.holds(agreement) ? $1.weight : 0) } }
        }
        func checkRanges(_ compromises: [Compromise], keeping demands: [Int], _ what: String) {
            for compromise in compromises {
                guard let ranges = compromise.ranges else {
                    Issue.record("\(label): \(what) without ranges")
                    continue
                }
                for (i, issue) in issues.enumerated() {
                    let moved = Set(EvaluatorTests.values(issue.domain).filter { v in
                        var candidate = compromise.agreement
                        candidate[i] = v
                        return demands.allSatisfy { oracle.demands[$0].condition.holds(candidate) } && utilities(candidate) == compromise.utilities
                    })
                    #expect(set(ranges[i], issue) == moved, "\(label): \(what) range of \(issue.name)")
                }
            }
        }
        func points(_ focal: FocalPoints?) -> [Compromise] { focal.map { [$0.maxTotal, $0.nash, $0.egalitarian] } ?? [] }
        checkRanges(analysis.best + points(analysis.focal), keeping: Array(oracle.demands.indices), "best")
        for price in analysis.dealPrices {
            let kept = oracle.demands.indices.filter { !price.concession.demands.contains(DemandID(qualified: oracle.demands[$0].name)) }
            checkRanges(price.best + points(price.focal), keeping: kept, "deal price")
        }
    }

    @Test func commonGroundGapsAndRangesAgreeWithBruteForce() throws {
        var gapsSeen = 0, inconsistentSeen = 0, rangesSeen = 0
        for seed in UInt64(1)...200 {
            let text = Self.scenarioText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0, "seed \(seed)\n\(text)")
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            Self.check(analysis, parties: scenario.parties, issues: scenario.issues, label: "seed \(seed) baseline\n\(text)")
            gapsSeen += analysis.gaps?.count ?? 0
            inconsistentSeen += analysis.consistent.filter { $0 == false }.count
            rangesSeen += analysis.best.count + analysis.dealPrices.count
            // A what-if conceding one demand.
            guard let party = scenario.parties.firstIndex(where: { !$0.demands.isEmpty }) else { continue }
            let whatIf = WhatIf(name: "w", label: nil, changes: [.concede(party: party, demand: scenario.parties[party].demands[0].name, level: nil)], range: SourceRange(start: 0, end: 0))
            let after = try #require(Analyzer.report(scenario, file: "r", whatIfs: [], extra: whatIf).whatIfs.first)
            Self.check(after.analysis, parties: after.parties, issues: scenario.issues, label: "seed \(seed) what-if\n\(text)")
        }
        #expect(gapsSeen > 20)
        #expect(inconsistentSeen > 20)
        #expect(rangesSeen > 100)
    }

    @Test func wideRangesAreReasonedAboutAsIntervals() throws {
        let text = """
        issue army_cap: 0..1000000000000000
        issue zone: demilitarized | ukraine | russia
        party russia { demand cap: army_cap <= 600 }
        party united_states { demand cap: army_cap <= 550 or army_cap == 700 }
        party ukraine { demand cap: army_cap >= 800
                        demand zone: zone != russia }
        party europe { demand cap: army_cap >= 800 and army_cap != 900 }
        """
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "w", text: text)).0)
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.common?[0] == .intervals([]))
        #expect(analysis.common?[1] == .values([0, 1]))
        // Russia needs 600 or less and Ukraine 800 or more: the United
        // States' 700 lies between, so it is on neither side.
        #expect(analysis.gaps == [Gap(issue: 0, between: 600...800, below: [0], above: [2, 3])])
        #expect(analysis.gaps?.first?.size == 200)
    }
}
