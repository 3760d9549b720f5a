import ParleyModel

/// Moves an agreement that meets a set of conditions to one where a chosen
/// issue takes a chosen value, changing at most one other issue, and checks
/// every condition: a witness that the value is possible, found by
/// evaluation instead of a solver call.
///
/// Used by the overlap, where most of the values an issue can take differ
/// from a known agreement's in that issue and one neighbour only: when two
/// issues are tied by an equation (`e - 2 * a == -823`), no value of `e`
/// is admitted with `a` fixed, but every odd one is with `a` moved to
/// match. A failed repair proves nothing (the solver then decides).
struct AgreementRepair {
    /// Every issue's domain.
    let domains: [Domain]
    /// Per issue, the conditions that mention it.
    let conditionsOn: [[Condition]]
    /// Per issue, the issues each of those conditions mentions, in the
    /// same order as `conditionsOn`.
    private let issuesOf: [[[Int]]]

    /// - Parameter conditionsOn: per issue, every condition of the set that
    ///   mentions it (a condition appears under each of its issues).
    init(domains: [Domain], conditionsOn: [[Condition]]) {
        self.domains = domains
        self.conditionsOn = conditionsOn
        issuesOf = conditionsOn.map { conditions in conditions.map(\.mentionedIssues) }
    }

    /// An agreement meeting every condition with `issue` at `value`, made
    /// from `agreement` (which meets them all) by setting the issue and, if
    /// a condition then fails, moving one other issue that every failing
    /// condition mentions to a value that satisfies all of that issue's
    /// conditions; nil when no such single move exists.
    ///
    /// Conditions mentioning neither issue keep their truth, so checking
    /// the conditions on the two issues is checking them all.
    func moved(_ agreement: [Int64], setting issue: Int, to value: Int64) -> [Int64]? {
        var probe = agreement
        probe[issue] = value
        var failing: [Int] = []
        for (k, condition) in conditionsOn[issue].enumerated() where !condition.holds(probe) {
            failing.append(k)
        }
        guard let first = failing.first else { return probe }
        for other in issuesOf[issue][first] where other != issue {
            guard failing.allSatisfy({ issuesOf[issue][$0].contains(other) }) else { continue }
            if let fixed = admittedValue(of: other, in: probe) {
                probe[other] = fixed
                return probe
            }
        }
        return nil
    }

    /// A value of `issue` under which every condition on it holds, the
    /// other issues as in `agreement`, nearest to its present value; nil
    /// when there is none.
    private func admittedValue(of issue: Int, in agreement: [Int64]) -> Int64? {
        let present = agreement[issue]
        switch domains[issue] {
        case .integers(let low, let high):
            let evaluator = SingleIssueEvaluator(issue: issue, low: low, high: high, values: agreement)
            var admitted = IntervalSet.full(low, high)
            for condition in conditionsOn[issue] {
                admitted = admitted.intersection(evaluator.evaluate(condition))
                if admitted.isEmpty { return nil }
            }
            return admitted.nearest(to: present)
        case .values, .bool:
            var probe = agreement
            for candidate in 0..<Int64(domains[issue].size) where candidate != present {
                probe[issue] = candidate
                if conditionsOn[issue].allSatisfy({ $0.holds(probe) }) { return candidate }
            }
            return nil
        }
    }
}
