import ParleyModel
import ParleySAT

extension PositionAnalyzer {
    /// Per issue: the values each party's demands allow, and the demands
    /// that exclude each value outside `overlap` on their own. Issues a set
    /// of demands does not mention are left whole without a solver call.
    func support(overlap: [IssueOverlap]) -> [IssueSupport] {
        options.progress?.begin("values each party allows")
        let byParty = parties.indices.map { p in allowed(under: demands.indices.filter { demands[$0].party == p }) }
        options.progress?.begin("values each demand excludes")
        let byDemand = demands.indices.map { allowed(under: [$0]) }
        return issues.indices.map { i in
            IssueSupport(
                allowedBy: byParty.map { $0[i] },
                exclusions: exclusions(of: i, overlap: overlap[i], allowedByDemand: byDemand.map { $0[i] }))
        }
    }

    /// Per issue, the values some agreement meeting the chosen demands
    /// takes: whole for issues they do not mention, empty everywhere if no
    /// agreement meets them. Nothing but the chosen demands constrains the
    /// issues they mention, so they are analysed apart, on an encoding of
    /// those issues only: each solver call then assigns the variables of a
    /// few issues rather than the whole scenario's (the large benchmark
    /// family has 20,000).
    func allowed(under chosen: [Int]) -> [IssueOverlap] {
        let own = Array(Set(chosen.flatMap { demands[$0].issues })).sorted()
        let position = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
        let positions = chosen.map { d in
            let demand = demands[d]
            let range = parties[demand.party].range
            return Party(
                name: demand.qualifiedName, label: nil,
                demands: [Demand(
                    name: demand.qualifiedName, cost: demand.cost, condition: demand.condition.renumbered(position),
                    expression: "", source: nil, line: 0, range: range)],
                preferences: [], range: range)
        }
        let local = PositionAnalyzer(issues: own.map { issues[$0] }, parties: positions, options: options)
        let values = local.valuesOfEveryIssue(under: Array(chosen.indices))
        for entry in local.incomplete { markCut(entry.part, entry.reason) }
        guard let values else { return issues.map { .none(of: $0.domain) } }
        return issues.indices.map { i in position[i].map { values[$0] } ?? .all(of: issues[i].domain) }
    }

    /// Every issue's values in some agreement meeting the chosen demands, or
    /// nil if none does (or time ran out, which is marked).
    private func valuesOfEveryIssue(under chosen: [Int]) -> [IssueOverlap]? {
        var models: [[Int64]]
        switch solve(chosen) {
        case .satisfiable: models = [encoding.decode(encoding.solver.model)]
        case .unsatisfiable: return nil
        case .unknown:
            markCut("overlap", "timeout")
            return nil
        }
        return issues.indices.map { values(of: $0, under: chosen, models: &models) }
    }

    /// The runs of excluded values of one issue, each with the demands that
    /// exclude all of it alone.
    func exclusions(of i: Int, overlap: IssueOverlap, allowedByDemand: [IssueOverlap]) -> [Exclusion] {
        func excluders(_ isAllowed: (IssueOverlap) -> Bool) -> [String] {
            demands.indices.filter { !isAllowed(allowedByDemand[$0]) }.map { demands[$0].qualifiedName }.sorted(by: codePointOrder)
        }
        switch (issues[i].domain, overlap) {
        case (.values(let names), .values(let open)):
            return names.indices.filter { !open.contains($0) }.map { value in
                Exclusion(values: .values([value]), demands: excluders { $0.contains(Int64(value)) })
            }
        case (.bool, .flags(let open)):
            return [false, true].filter { !open.contains($0) }.map { flag in
                Exclusion(values: .flags([flag]), demands: excluders { $0.contains(flag ? 1 : 0) })
            }
        case (.integers(let low, let high), .intervals(let open)):
            // Cut the universe at every bound of the overlap and of each
            // demand's allowed set; within a piece, who excludes it is fixed.
            let sets = allowedByDemand.map { allowed -> IntervalSet in
                if case .intervals(let list) = allowed { IntervalSet(low: low, high: high, intervals: list) } else { .full(low, high) }
            }
            let openSet = IntervalSet(low: low, high: high, intervals: open)
            var cuts: Set<Int64> = [low]
            for set in sets + [openSet] {
                for interval in set.intervals {
                    cuts.insert(interval.lowerBound)
                    if interval.upperBound < high { cuts.insert(interval.upperBound + 1) }
                }
            }
            let starts = cuts.sorted()
            var result: [Exclusion] = []
            for (k, start) in starts.enumerated() where !openSet.contains(start) {
                let end = k + 1 < starts.count ? starts[k + 1] - 1 : high
                let names = demands.indices.filter { !sets[$0].contains(start) }.map { demands[$0].qualifiedName }.sorted(by: codePointOrder)
                if let last = result.last, case .intervals(let previous) = last.values,
                   previous[0].upperBound == start - 1, last.demands == names {
                    result[result.count - 1].values = .intervals([previous[0].lowerBound...end])
                } else {
                    result.append(Exclusion(values: .intervals([start...end]), demands: names))
                }
            }
            return result
        default:
            return []
        }
    }
}

private extension Condition {
    /// The same condition with every issue index `i` replaced by
    /// `position[i]` (every mentioned issue must have one).
    func renumbered(_ position: [Int: Int]) -> Condition {
        switch self {
        case .constant: return self
        case .flag(let issue): return .flag(issue: position[issue]!)
        case .member(let issue, let values): return .member(issue: position[issue]!, values: values)
        case .compare(let sum, let relation):
            return .compare(LinearSum(
                terms: sum.terms.map { LinearSum.Term(issue: position[$0.issue]!, coefficient: $0.coefficient) },
                constant: sum.constant), relation)
        case .not(let inner): return .not(inner.renumbered(position))
        case .all(let parts): return .all(parts.map { $0.renumbered(position) })
        case .any(let parts): return .any(parts.map { $0.renumbered(position) })
        case .implies(let parts): return .implies(parts.map { $0.renumbered(position) })
        case .iff(let parts): return .iff(parts.map { $0.renumbered(position) })
        case .count(let kind, let k, let parts): return .count(kind, k, parts.map { $0.renumbered(position) })
        }
    }
}
