import ParleyModel
import ParleySAT

extension PositionAnalyzer {
    /// Every value of every issue that occurs in some agreement meeting
    /// every demand, starting from one such agreement.
    func overlap(startingFrom example: [Int64]) -> [IssueOverlap] {
        let all = Array(demands.indices)
        var models = [example]
        return issues.indices.map { values(of: $0, under: all, models: &models) }
    }

    /// The values of one issue that occur in some agreement meeting the
    /// given demands. `models` holds agreements known to meet them (at least
    /// one) and collects those found on the way. Values seen in models count
    /// at once; a model's integer value is grown into every value the same
    /// agreement admits for that issue (``SingleIssueEvaluator``), and the
    /// solver is then asked only for values outside what is known: one call
    /// per maximal interval, not per integer.
    func values(of i: Int, under chosen: [Int], models: inout [[Int64]]) -> IssueOverlap {
        let issue = issues[i]
        switch issue.domain {
        case .values, .bool:
            let size = Int64(issue.domain.size)
            var seen = Set(models.map { $0[i] })
            for value in 0..<size where !seen.contains(value) {
                switch solve(chosen, extra: [encoding.equals(issue: i, value: value)]) {
                case .satisfiable:
                    models.append(encoding.decode(encoding.solver.model))
                    seen.insert(value)
                case .unsatisfiable:
                    break
                case .unknown:
                    markCut("overlap", "timeout")
                }
            }
            if case .bool = issue.domain {
                return .flags([false, true].filter { seen.contains($0 ? 1 : 0) })
            }
            return .values(seen.sorted().map { Int($0) })
        case .integers(let low, let high):
            // A model meets every chosen demand, so those not mentioning
            // the issue hold whatever its value: only the others can cut.
            let conditions = chosen.filter { demands[$0].issues.contains(i) }.map { demands[$0].condition }
            func admitted(by model: [Int64]) -> IntervalSet {
                let evaluator = SingleIssueEvaluator(issue: i, low: low, high: high, values: model)
                return conditions.reduce(IntervalSet.full(low, high)) { $0.intersection(evaluator.evaluate($1)) }
            }
            var known = models.reduce(IntervalSet.empty(low, high)) { $0.union(admitted(by: $1)) }
            var calls = 0
            while true {
                let gaps = known.complement()
                if gaps.isEmpty { break }
                if calls >= options.limit {
                    markCut("overlap", "limit")
                    break
                }
                calls += 1
                let inGap = encoding.circuit.or(gaps.intervals.map { gap in
                    encoding.circuit.and([
                        encoding.atLeast(issue: i, gap.lowerBound),
                        gap.upperBound == high ? encoding.circuit.trueLiteral : !encoding.atLeast(issue: i, gap.upperBound + 1),
                    ])
                })
                let answer = solve(chosen, extra: [inGap])
                if answer == .unknown { markCut("overlap", "timeout") }
                guard answer == .satisfiable else { break }
                let model = encoding.decode(encoding.solver.model)
                models.append(model)
                known = known.union(admitted(by: model))
            }
            return .intervals(known.intervals)
        }
    }
}
