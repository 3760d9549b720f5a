import ParleyModel
import ParleySAT

/// Which values of each issue occur in some agreement meeting a set of
/// demands (all of them, for the report's overlap).
///
/// Values seen in models count at once; a model's integer value is grown
/// into every value the same agreement admits for that issue
/// (``SingleIssueEvaluator``), and the solver is then asked only for values
/// outside what is known: one call per maximal interval, not per integer.
enum OverlapQuestion {
    struct Answer {
        /// Per issue, in declaration order.
        var overlap: [IssueOverlap]
        var cuts: Cuts
    }

    /// Every issue's values under every demand, starting from one agreement
    /// known to meet them all.
    static func ask(_ session: AnalysisSession, startingFrom example: [Int64]) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("values open to everyone")
        var models = [example]
        let overlap = session.issues.indices.map { values(of: $0, under: session.allDemands, in: session, models: &models, cuts: &cuts) }
        return Answer(overlap: overlap, cuts: cuts)
    }

    /// The values of issue `i` that occur in some agreement meeting the
    /// chosen demands. `models` holds agreements known to meet them (at
    /// least one) and collects those found on the way.
    static func values(
        of i: Int, under chosen: [Int], in session: AnalysisSession, models: inout [[Int64]], cuts: inout Cuts
    ) -> IssueOverlap {
        let issue = session.issues[i]
        let encoding = session.encoding
        switch issue.domain {
        case .values, .bool:
            let size = Int64(issue.domain.size)
            var seen = Set(models.map { $0[i] })
            for value in 0..<size where !seen.contains(value) {
                switch session.solve(chosen, extra: [encoding.equals(issue: i, value: value)]) {
                case .satisfiable:
                    models.append(session.lastModel())
                    seen.insert(value)
                case .unsatisfiable:
                    break
                case .unknown:
                    cuts.add(.overlap, .timeout)
                }
            }
            if case .bool = issue.domain {
                return .flags([false, true].filter { seen.contains($0 ? 1 : 0) })
            }
            return .values(seen.sorted().map { Int($0) })
        case .integers(let low, let high):
            // A model meets every chosen demand, so those not mentioning
            // the issue hold whatever its value: only the others can cut.
            let conditions = chosen.filter { session.demands[$0].issues.contains(i) }.map { session.demands[$0].condition }
            func admitted(by model: [Int64]) -> IntervalSet {
                let evaluator = SingleIssueEvaluator(issue: i, low: low, high: high, values: model)
                return conditions.reduce(IntervalSet.full(low, high)) { $0.intersection(evaluator.evaluate($1)) }
            }
            var known = models.reduce(IntervalSet.empty(low, high)) { $0.union(admitted(by: $1)) }
            var calls = 0
            while true {
                let gaps = known.complement()
                if gaps.isEmpty { break }
                if calls >= session.options.limit {
                    cuts.add(.overlap, .limit)
                    break
                }
                calls += 1
                let inGap = encoding.circuit.or(gaps.intervals.map { gap in
                    encoding.circuit.and([
                        encoding.atLeast(issue: i, gap.lowerBound),
                        gap.upperBound == high ? encoding.circuit.trueLiteral : !encoding.atLeast(issue: i, gap.upperBound + 1),
                    ])
                })
                let answer = session.solve(chosen, extra: [inGap])
                if answer == .unknown { cuts.add(.overlap, .timeout) }
                guard answer == .satisfiable else { break }
                let model = session.lastModel()
                models.append(model)
                known = known.union(admitted(by: model))
            }
            return .intervals(known.intervals)
        }
    }
}
