import ParleyModel

/// Works out, for one integer issue, every value for which a condition
/// holds when every other issue keeps a fixed value: an ``IntervalSet``.
///
/// Used to grow a model's value of that issue into all the values the same
/// agreement admits, so that overlap needs one solver call per maximal
/// interval rather than per integer.
struct SingleIssueEvaluator {
    let issue: Int
    let low: Int64
    let high: Int64
    /// Every issue's fixed value (the evaluated issue's own is ignored).
    let values: [Int64]

    func evaluate(_ condition: Condition) -> IntervalSet {
        switch condition {
        case .constant(let b):
            return b ? .full(low, high) : .empty(low, high)
        case .flag, .member:
            return condition.holds(values) ? .full(low, high) : .empty(low, high)
        case .compare(let sum, let relation):
            return compare(sum, relation)
        case .not(let inner):
            return evaluate(inner).complement()
        case .all(let parts):
            return parts.reduce(IntervalSet.full(low, high)) { $0.intersection(evaluate($1)) }
        case .any(let parts):
            return parts.reduce(IntervalSet.empty(low, high)) { $0.union(evaluate($1)) }
        case .parity(let parts, let odd):
            // The values where an odd number of the parts hold: symmetric
            // differences of their sets.
            var result = IntervalSet.empty(low, high)
            for part in parts {
                let next = evaluate(part)
                result = result.intersection(next.complement()).union(result.complement().intersection(next))
            }
            return odd ? result : result.complement()
        case .count(let kind, let k, let parts):
            let sets = parts.map { evaluate($0) }
            var points = Set<Int64>([low])
            for set in sets { points.formUnion(set.breakpoints) }
            let sorted = points.sorted()
            var result = IntervalSet.empty(low, high)
            for (index, start) in sorted.enumerated() {
                let end = index + 1 < sorted.count ? sorted[index + 1] - 1 : high
                let n = sets.reduce(0) { $0 + ($1.contains(start) ? 1 : 0) }
                let holds: Bool
                switch kind {
                case .atLeast: holds = n >= k
                case .atMost: holds = n <= k
                case .exactly: holds = n == k
                }
                if holds { result.insert(start...end) }
            }
            return result
        case .utility(let bound):
            // Between consecutive breakpoints of its preferences, the
            // utility is constant.
            let sets = bound.conditions.map { evaluate($0) }
            var points = Set<Int64>([low])
            for set in sets { points.formUnion(set.breakpoints) }
            let sorted = points.sorted()
            var result = IntervalSet.empty(low, high)
            for (index, start) in sorted.enumerated() {
                let end = index + 1 < sorted.count ? sorted[index + 1] - 1 : high
                var utility: Int64 = 0
                for (weight, set) in zip(bound.weights, sets) where set.contains(start) { utility += weight }
                if bound.holds(utility: utility) { result.insert(start...end) }
            }
            return result
        }
    }

    /// `c * x + r relation 0` solved for x.
    private func compare(_ sum: LinearSum, _ relation: Relation) -> IntervalSet {
        var c: Int128 = 0
        var r = Int128(sum.constant)
        for term in sum.terms {
            if term.issue == issue { c += Int128(term.coefficient) } else { r += Int128(term.coefficient) * Int128(values[term.issue]) }
        }
        if c == 0 { return relation.holds(r > 0 ? 1 : r < 0 ? -1 : 0) ? .full(low, high) : .empty(low, high) }
        /// The x with c*x + r >= 0.
        func atLeastZero(_ c: Int128, _ r: Int128) -> IntervalSet {
            if c > 0 {
                return clamped(from: (-r).ceilingDivided(by: c), to: Int128(high))
            }
            return clamped(from: Int128(low), to: r.floorDivided(by: -c))
        }
        switch relation {
        case .greaterEqual: return atLeastZero(c, r)
        case .greater: return atLeastZero(c, r - 1)
        case .lessEqual: return atLeastZero(-c, -r)
        case .less: return atLeastZero(-c, -r - 1)
        case .equal: return atLeastZero(c, r).intersection(atLeastZero(-c, -r))
        case .notEqual: return atLeastZero(c, r).intersection(atLeastZero(-c, -r)).complement()
        }
    }

    private func clamped(from a: Int128, to b: Int128) -> IntervalSet {
        let lower = max(a, Int128(low))
        let upper = min(b, Int128(high))
        guard lower <= upper else { return .empty(low, high) }
        return IntervalSet(low: low, high: high, intervals: [Int64(lower)...Int64(upper)])
    }
}
