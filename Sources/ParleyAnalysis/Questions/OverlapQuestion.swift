import ParleyModel
import ParleySAT

/// Which values of each issue occur in some agreement meeting a set of
/// demands (all of them, for the report's overlap).
///
/// Values seen in models count at once; a model's integer value is grown
/// into every value the same agreement admits for that issue
/// (``SingleIssueEvaluator``), and the solver is then asked only for values
/// outside what is known: for an integer, one call per maximal interval,
/// not per value.
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
        let overlap = valuesByPart(under: session.allDemands, in: session, seed: example, cuts: &cuts)
        return Answer(overlap: overlap ?? session.issues.map { .none(of: $0.domain) }, cuts: cuts)
    }

    /// Every issue's values in some agreement meeting the chosen demands,
    /// or nil when no agreement meets them (or time ran out, which is
    /// recorded). Issues they do not mention take every value.
    ///
    /// The demands fall into independent parts (no issue shared), and an
    /// issue's values depend only on the part that mentions it: each part
    /// is asked on a session of its own (``AnalysisSession/subsession(for:)``),
    /// where a solver call assigns only that part's variables.
    /// - Parameter seed: an agreement known to meet the chosen demands, if any.
    static func valuesByPart(under chosen: [Int], in session: AnalysisSession, seed: [Int64]?, cuts: inout Cuts) -> [IssueOverlap]? {
        var result = session.issues.map { IssueOverlap.all(of: $0.domain) }
        for part in session.independentParts(chosen) {
            let (local, own) = session.subsession(for: part)
            var models: [[Int64]]
            if let seed {
                models = [own.map { seed[$0] }]
            } else {
                switch local.solve(local.allDemands) {
                case .satisfiable: models = [local.lastModel()]
                case .unsatisfiable: return nil
                case .unknown:
                    cuts.add(.overlap, .timeout)
                    return nil
                }
            }
            let values = valuesOfEveryIssue(under: local.allDemands, in: local, models: &models, cuts: &cuts)
            for (k, i) in own.enumerated() { result[i] = values[k] }
        }
        return result
    }

    /// Every issue's values in some agreement meeting the chosen demands.
    /// `models` holds agreements known to meet them (at least one) and
    /// collects those found on the way.
    ///
    /// Issue by issue, each solver call asks for an agreement in which the
    /// issue takes *some* value not yet known: a model then shows a value of
    /// every issue at once (each model is learnt for all of them), and one
    /// unsatisfiable call proves all of the issue's unknown values
    /// impossible, where asking value by value would take a call each. An
    /// integer issue whose answers keep extending the known values by a
    /// little is asked by halves instead (``stretch(of:known:low:high:)``).
    /// A question whose answer is no is settled without the solver when
    /// counting the agreements it asks about finds none within a few boxes
    /// (``ValueExclusionCounter``). Issues no chosen demand mentions take
    /// every value without a call.
    static func valuesOfEveryIssue(
        under chosen: [Int], in session: AnalysisSession, models: inout [[Int64]], cuts: inout Cuts
    ) -> [IssueOverlap] {
        let issues = session.issues
        let encoding = session.encoding
        var conditionsOn = Array(repeating: [Condition](), count: issues.count)
        for d in chosen {
            for i in session.demands[d].issues { conditionsOn[i].append(session.demands[d].condition) }
        }
        // What is known of each issue: the values seen (named values and
        // bools), or the intervals the models admit (integers).
        var seen = issues.map { _ in Set<Int64>() }
        var known = issues.map { issue -> IntervalSet in
            if case .integers(let low, let high) = issue.domain { return .empty(low, high) }
            return .empty(0, 0)
        }
        // A model is grown on every issue at once: each value the issue can
        // take with the rest of the model fixed is a value of an agreement
        // too. For named values and bools each unseen value is tried by
        // evaluating the demands on the issue, which costs far less than
        // the solver call that would otherwise find it.
        func learn(_ model: [Int64]) {
            var probe = model
            for (i, issue) in issues.enumerated() where !conditionsOn[i].isEmpty {
                switch issue.domain {
                case .values, .bool:
                    seen[i].insert(model[i])
                    let size = Int64(issue.domain.size)
                    guard seen[i].count < size else { continue }
                    for value in 0..<size where !seen[i].contains(value) {
                        probe[i] = value
                        if conditionsOn[i].allSatisfy({ $0.holds(probe) }) { seen[i].insert(value) }
                    }
                    probe[i] = model[i]
                case .integers(let low, let high):
                    guard known[i].intervals != [low...high] else { continue }
                    let evaluator = SingleIssueEvaluator(issue: i, low: low, high: high, values: model)
                    known[i] = known[i].union(conditionsOn[i].reduce(IntervalSet.full(low, high)) { $0.intersection(evaluator.evaluate($1)) })
                }
            }
        }
        for model in models { learn(model) }
        // Before each solver call, the values next to those known are
        // tried by repairing the latest agreement (``AgreementRepair``):
        // an equation between two issues admits no second value of either
        // with the other fixed, so growing alone would leave one call per
        // value. Each value is tried once per issue; a failed try proves
        // nothing, and the solver then asks about it with the others.
        let repair = AgreementRepair(domains: issues.map(\.domain), conditionsOn: conditionsOn)
        func reachByRepair(_ i: Int, failed: inout IntervalSet, excluded: IntervalSet) {
            switch issues[i].domain {
            case .values, .bool:
                for value in 0..<Int64(issues[i].domain.size) where !seen[i].contains(value) && !failed.contains(value) {
                    if let moved = repair.moved(models[models.count - 1], setting: i, to: value) {
                        models.append(moved)
                        learn(moved)
                    } else {
                        failed.insert(value...value)
                    }
                }
            case .integers:
                var budget = Self.repairBudget
                var grew = true
                while grew && budget > 0 {
                    grew = false
                    let gaps = known[i].union(excluded).union(failed).complement().intervals
                    for gap in gaps where budget > 0 {
                        if gap.lowerBound > known[i].low && known[i].contains(gap.lowerBound - 1) {
                            grew = walk(i, over: gap, upward: true, failed: &failed, budget: &budget) || grew
                        }
                        if gap.upperBound < known[i].high && known[i].contains(gap.upperBound + 1) {
                            grew = walk(i, over: gap, upward: false, failed: &failed, budget: &budget) || grew
                        }
                    }
                }
            }
        }
        // Tries the gap's values from one end inwards until `repairPatience`
        // tries in a row fail; true if one succeeded.
        func walk(_ i: Int, over gap: ClosedRange<Int64>, upward: Bool, failed: inout IntervalSet, budget: inout Int) -> Bool {
            var value = upward ? gap.lowerBound : gap.upperBound
            var misses = 0
            var grew = false
            while misses < Self.repairPatience && budget > 0 && gap.contains(value) {
                if !known[i].contains(value) && !failed.contains(value) {
                    budget -= 1
                    if let moved = repair.moved(models[models.count - 1], setting: i, to: value) {
                        models.append(moved)
                        learn(moved)
                        misses = 0
                        grew = true
                    } else {
                        failed.insert(value...value)
                        misses += 1
                    }
                }
                if value == (upward ? gap.upperBound : gap.lowerBound) { break }
                value += upward ? 1 : -1
            }
            return grew
        }
        // Most of the calls below prove that the issue takes none of the
        // values asked about; counting the agreements that take them proves
        // it too, and on a part of a few issues far more cheaply. Built at
        // the first question: a part whose models show every value asks none.
        var exclusions: ValueExclusionCounter?
        for (i, issue) in issues.enumerated() where !conditionsOn[i].isEmpty {
            var calls = 0
            // Integer values proven impossible, so that they are not asked
            // again; and whether to ask by halves (see `stretch`), which
            // starts once two answers in a row have extended the known
            // values: one call for all the unknown values settles the
            // common case, where the first answer already shows them all.
            var excluded = IntervalSet.empty(known[i].low, known[i].high)
            var extendedInARow = 0
            // Values a repair failed to reach (named values and bools by
            // index).
            var failed = IntervalSet.empty(known[i].low, known[i].high)
            if case .integers = issue.domain {} else { failed = .empty(0, Int64(issue.domain.size) - 1) }
            search: while true {
                reachByRepair(i, failed: &failed, excluded: excluded)
                // "Issue i takes a value not yet known" (by halves: in one
                // stretch of the unknown values).
                var values: [Int64] = []
                var stretches: [ClosedRange<Int64>] = []
                var asked: ClosedRange<Int64>?
                switch issue.domain {
                case .values, .bool:
                    values = (0..<Int64(issue.domain.size)).filter { !seen[i].contains($0) }
                    guard !values.isEmpty else { break search }
                case .integers(let low, let high):
                    let gaps = known[i].union(excluded).complement().intervals
                    guard let first = gaps.first else { break search }
                    stretches = extendedInARow >= 2 ? [Self.stretch(of: first, known: known[i], low: low, high: high)] : gaps
                    if extendedInARow >= 2 { asked = stretches[0] }
                }
                if calls >= session.options.limit {
                    cuts.add(.overlap, .limit)
                    break
                }
                calls += 1
                if exclusions == nil {
                    exclusions = ValueExclusionCounter(
                        domains: issues.map(\.domain), conditions: chosen.map { session.demands[$0].condition }, options: session.options)
                }
                let answer: SolveResult
                if stretches.isEmpty ? exclusions!.excludes(i, values: values) : exclusions!.excludes(i, ranges: stretches) {
                    answer = .unsatisfiable
                } else {
                    let unknown: Literal
                    switch issue.domain {
                    case .values, .bool:
                        unknown = encoding.circuit.or(values.map { encoding.equals(issue: i, value: $0) })
                    case .integers(_, let high):
                        unknown = encoding.circuit.or(stretches.map { stretch in
                            encoding.circuit.and([
                                encoding.atLeast(issue: i, stretch.lowerBound),
                                stretch.upperBound == high ? encoding.circuit.trueLiteral : !encoding.atLeast(issue: i, stretch.upperBound + 1),
                            ])
                        })
                    }
                    answer = session.solve(chosen, extra: [unknown])
                }
                if answer == .unknown { cuts.add(.overlap, .timeout) }
                if answer == .unsatisfiable, let asked {
                    excluded.insert(asked)
                    continue
                }
                guard answer == .satisfiable else { break }
                let model = session.lastModel()
                models.append(model)
                learn(model)
                extendedInARow += 1
            }
        }
        return issues.indices.map { i in
            guard !conditionsOn[i].isEmpty else { return .all(of: issues[i].domain) }
            switch issues[i].domain {
            case .values: return .values(seen[i].sorted().map { Int($0) })
            case .bool: return .flags([false, true].filter { seen[i].contains($0 ? 1 : 0) })
            case .integers: return .intervals(known[i].intervals)
            }
        }
    }

    /// The most values of an integer issue repairs try before each solver
    /// call: a bound on the evaluation spent where the solver would do
    /// better (a wide range whose values come in few long intervals).
    static let repairBudget = 4_096
    /// The failed repairs in a row after which a walk into unknown values
    /// stops: values an equation skips (every second one, say) are passed
    /// over, a true boundary ends the walk soon.
    static let repairPatience = 8

    /// Which values of an unknown stretch of an integer issue to ask about.
    ///
    /// Next to known values, the solver tends to answer with the nearest
    /// value not yet known, and each answer then extends the known values
    /// by little: asking for the far half instead finds where the values
    /// end by bisection, in a number of calls logarithmic in the stretch's
    /// width. A stretch with known values on both sides, or on neither, is
    /// asked whole: a hole is then proven in one call.
    static func stretch(of gap: ClosedRange<Int64>, known: IntervalSet, low: Int64, high: Int64) -> ClosedRange<Int64> {
        guard gap.lowerBound < gap.upperBound else { return gap }
        let knownBelow = gap.lowerBound > low && known.contains(gap.lowerBound - 1)
        let knownAbove = gap.upperBound < high && known.contains(gap.upperBound + 1)
        // The middle, rounded down, in 128 bits: the ends may be near the 64-bit limits.
        let middle = Int64((Int128(gap.lowerBound) + Int128(gap.upperBound)) >> 1)
        if knownBelow && !knownAbove { return (middle + 1)...gap.upperBound }
        if knownAbove && !knownBelow { return gap.lowerBound...middle }
        return gap
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
