import ParleyModel

/// How far each issue of an agreement can move on its own: per issue, every
/// value such that the agreement with that one issue changed still meets
/// every demand and, for a compromise, gives every party the same utility.
/// Reports show these ranges (`army_cap 800..1200`) rather than one
/// arbitrary witness value. No solver call: the other issues are fixed, so
/// each condition is solved for the one issue (``SingleIssueEvaluator``).
enum RangesQuestion {
    /// The conditions an agreement must keep, with what each mentions.
    struct Constraints {
        var demands: [(condition: Condition, issues: [Int])]
        /// Per party, its preferences with their weights (empty for a plain
        /// example, which keeps no utilities).
        var preferences: [[(condition: Condition, weight: Int64, issues: [Int])]]

        /// The session's chosen demands, each at a level (0: as stated), and
        /// the parties' preferences when utilities must be kept.
        init(_ session: AnalysisSession, demands: [(demand: Int, level: Int)], parties: [Party]?) {
            self.demands = demands.map { chosen in
                let condition = session.demands[chosen.demand].position.condition(atLevel: chosen.level)
                return (condition, chosen.level == 0 ? session.demands[chosen.demand].issues : condition.mentionedIssues)
            }
            preferences = (parties ?? []).map { party in
                party.preferences.map { ($0.condition, $0.weight, $0.condition.mentionedIssues) }
            }
        }
    }

    static func ranges(of agreement: [Int64], issues: [Issue], keeping constraints: Constraints) -> [IssueOverlap] {
        issues.indices.map { i in
            let demands = constraints.demands.filter { $0.issues.contains(i) }.map(\.condition)
            let preferences = constraints.preferences.map { $0.filter { $0.issues.contains(i) } }
            /// Each party's utility from its preferences on issue i, under an agreement.
            func utilities(_ candidate: [Int64]) -> [Int64] {
                preferences.map { $0.reduce(0) { $0 + ($1.condition.holds(candidate) ? $1.weight : 0) } }
            }
            let original = utilities(agreement)
            switch issues[i].domain {
            case .values(let names):
                return .values(names.indices.filter { keeps(agreement, i, Int64($0), demands, original, utilities) })
            case .bool:
                return .flags([false, true].filter { keeps(agreement, i, $0 ? 1 : 0, demands, original, utilities) })
            case .integers(let low, let high):
                let evaluator = SingleIssueEvaluator(issue: i, low: low, high: high, values: agreement)
                let allowed = demands.reduce(IntervalSet.full(low, high)) { $0.intersection(evaluator.evaluate($1)) }
                let sets = preferences.flatMap { $0.map { evaluator.evaluate($0.condition) } }
                guard !sets.isEmpty else { return .intervals(allowed.intervals) }
                // Utilities are constant between the preferences' breakpoints:
                // keep the pieces where every party's equals the original.
                var starts = Set(allowed.breakpoints)
                for set in sets { starts.formUnion(set.breakpoints) }
                let cuts = starts.sorted()
                var kept = IntervalSet.empty(low, high)
                for (k, start) in cuts.enumerated() where allowed.contains(start) {
                    let end = k + 1 < cuts.count ? cuts[k + 1] - 1 : high
                    var candidate = agreement
                    candidate[i] = start
                    if utilities(candidate) == original { kept.insert(start...end) }
                }
                return .intervals(kept.intersection(allowed).intervals)
            }
        }
    }

    private static func keeps(
        _ agreement: [Int64], _ i: Int, _ value: Int64, _ demands: [Condition], _ original: [Int64],
        _ utilities: ([Int64]) -> [Int64]
    ) -> Bool {
        var candidate = agreement
        candidate[i] = value
        return demands.allSatisfy { $0.holds(candidate) } && utilities(candidate) == original
    }
}
