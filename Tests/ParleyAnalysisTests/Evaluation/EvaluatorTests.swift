import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The two evaluators the counter and the overlap rely on, against plain
/// evaluation of conditions (``Condition/holds(_:)``) on every agreement:
/// random conditions of every construct from the brute-force oracle's
/// scenarios.
@Suite struct EvaluatorTests {
    /// The values of an issue, as conditions see them.
    static func values(_ domain: Domain) -> [Int64] {
        switch domain {
        case .values(let names): (0..<Int64(names.count)).map { $0 }
        case .bool: [0, 1]
        case .integers(let low, let high): Array(low...high)
        }
    }

    /// Every agreement whose values lie in the given per-issue sets.
    static func agreements(_ sets: [[Int64]]) -> [[Int64]] {
        sets.reduce([[]]) { partial, values in partial.flatMap { prefix in values.map { prefix + [$0] } } }
    }

    static func scenarios() -> [(UInt64, Scenario)] {
        // The last 50 with `utility(p)` demands.
        (UInt64(1)...200).compactMap { seed in
            let text = BruteForceOracleTests.scenarioText(seed: seed &+ 50_000, utilities: seed > 150)
            return ScenarioChecker.load(SourceFile(name: "r", text: text)).0.map { (seed, $0) }
        }
    }

    @Test func boxEvaluationIsNeverWrongAndDecidesPoints() {
        var decided = 0
        for (seed, scenario) in Self.scenarios() {
            var rng = SeededGenerator(seed: seed)
            let conditions = scenario.parties.flatMap { $0.demands.map(\.condition) + $0.preferences.map(\.condition) }
            for _ in 0..<4 {
                // A random box: a sub-range of each integer issue, a
                // non-empty subset of each other issue's values.
                var ranges: [ClosedRange<Int64>] = []
                var masks: [UInt64] = []
                var sets: [[Int64]] = []
                for issue in scenario.issues {
                    let all = Self.values(issue.domain)
                    if case .integers = issue.domain {
                        let a = all.randomElement(using: &rng)!, b = all.randomElement(using: &rng)!
                        ranges.append(min(a, b)...max(a, b))
                        masks.append(0)
                        sets.append(Array(min(a, b)...max(a, b)))
                    } else {
                        let chosen = all.filter { _ in Bool.random(using: &rng) }
                        let kept = chosen.isEmpty ? [all[0]] : chosen
                        ranges.append(0...(all.last ?? 0))
                        masks.append(kept.reduce(0) { $0 | 1 << UInt64($1) })
                        sets.append(kept)
                    }
                }
                let box = BoxEvaluator(ranges: ranges, masks: masks)
                let inside = Self.agreements(sets)
                for condition in conditions {
                    let holds = inside.map { condition.holds($0) }
                    switch box.evaluate(condition) {
                    case true?: #expect(holds.allSatisfy { $0 }, "seed \(seed): \(condition)")
                    case false?: #expect(!holds.contains(true), "seed \(seed): \(condition)")
                    case nil: break
                    }
                }
                // A box of one agreement is always decided, and rightly.
                let point = inside[0]
                let single = BoxEvaluator(
                    ranges: point.map { $0...$0 },
                    masks: zip(scenario.issues, point).map { issue, value in
                        if case .integers = issue.domain { return 0 }
                        return 1 << UInt64(value)
                    })
                for condition in conditions {
                    #expect(single.evaluate(condition) == condition.holds(point), "seed \(seed): \(condition) at \(point)")
                    decided += 1
                }
            }
        }
        #expect(decided > 1_000)
    }

    @Test func singleIssueEvaluationGivesExactlyTheValuesThatHold() {
        var checked = 0
        for (seed, scenario) in Self.scenarios() {
            var rng = SeededGenerator(seed: seed)
            let conditions = scenario.parties.flatMap { $0.demands.map(\.condition) + $0.preferences.map(\.condition) }
            for (i, issue) in scenario.issues.enumerated() {
                guard case .integers(let low, let high) = issue.domain else { continue }
                let fixed = scenario.issues.map { Self.values($0.domain).randomElement(using: &rng)! }
                let evaluator = SingleIssueEvaluator(issue: i, low: low, high: high, values: fixed)
                for condition in conditions {
                    let set = evaluator.evaluate(condition)
                    for v in low...high {
                        var agreement = fixed
                        agreement[i] = v
                        #expect(set.contains(v) == condition.holds(agreement), "seed \(seed): \(condition), issue \(i) = \(v)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1_000)
    }
}
