import ParleyModel

/// The exact number of agreements meeting every demand, counting
/// assignments to all issues.
///
/// Issues no demand mentions multiply the count by their domain sizes. The
/// rest fall into independent parts (issues linked by demands), each
/// counted by an ``AgreementCounter`` (which splits a part again into
/// components as issues get narrowed) and multiplied. `--count-limit`
/// bounds the boxes the counter splits per part; past it the count is a
/// lower bound.
enum CountingQuestion {
    struct Answer {
        var count: BigCount
        /// False when a limit cut the counting.
        var exact: Bool
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("agreements (boxes split)")
        var conditions: [Condition] = []
        var conjunctsOf: [[Int]] = []
        for demand in session.demands {
            let conjuncts = demand.condition.conjuncts
            conjunctsOf.append(Array(conditions.count..<(conditions.count + conjuncts.count)))
            conditions += conjuncts
        }
        let counter = AgreementCounter(domains: session.issues.map(\.domain), conditions: conditions, options: session.options)
        var total = BigCount.one
        var mentioned = Set<Int>()
        for part in session.independentParts(session.allDemands) {
            let partIssues = Array(Set(part.flatMap { session.demands[$0].issues })).sorted()
            mentioned.formUnion(partIssues)
            total = total * counter.count(part.flatMap { conjunctsOf[$0] }.sorted(), over: partIssues)
            if let cut = counter.cut { cuts.add(.agreements, cut) }
            if total.isZero { break }
        }
        if !total.isZero {
            for (i, issue) in session.issues.enumerated() where !mentioned.contains(i) {
                total = total * BigCount(issue.domain.size)
            }
        }
        return Answer(count: total, exact: !cuts.contains(.agreements), cuts: cuts)
    }
}

private extension Condition {
    /// The condition as a conjunction: the operands of nested `and`s, or the
    /// condition itself (none for `true`).
    var conjuncts: [Condition] {
        switch self {
        case .all(let parts): return parts.flatMap(\.conjuncts)
        case .constant(true): return []
        default: return [self]
        }
    }
}
