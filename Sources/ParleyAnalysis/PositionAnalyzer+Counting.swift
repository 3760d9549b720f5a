import ParleyModel

extension PositionAnalyzer {
    /// The exact number of agreements meeting every demand, counting
    /// assignments to all issues.
    ///
    /// Issues no demand mentions multiply the count by their domain sizes.
    /// The rest fall into independent parts (issues linked by demands), each
    /// counted by an ``AgreementCounter`` (which splits a part again into
    /// components as issues get narrowed) and multiplied. `--count-limit`
    /// bounds the boxes the counter splits per part.
    func countAgreements() -> BigCount {
        var conditions: [Condition] = []
        var conjunctsOf: [[Int]] = []
        for demand in demands {
            let conjuncts = demand.condition.conjuncts
            conjunctsOf.append(Array(conditions.count..<(conditions.count + conjuncts.count)))
            conditions += conjuncts
        }
        let counter = AgreementCounter(domains: issues.map(\.domain), conditions: conditions, options: options)
        var total = BigCount.one
        var mentioned = Set<Int>()
        for part in independentParts(Array(demands.indices)) {
            let partIssues = Array(Set(part.flatMap { demands[$0].issues })).sorted()
            mentioned.formUnion(partIssues)
            total = total * counter.count(part.flatMap { conjunctsOf[$0] }.sorted(), over: partIssues)
            if let cut = counter.cut { markCut("agreements", cut == .limit ? "limit" : "timeout") }
            if total.isZero { return total }
        }
        for (i, issue) in issues.enumerated() where !mentioned.contains(i) {
            total = total * BigCount(issue.domain.size)
        }
        return total
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
