import ParleyModel
import ParleySAT

extension PositionAnalyzer {
    /// Whether `issue = value` can be part of an agreement meeting every
    /// demand; if not, every minimal set of demands that rules it out.
    ///
    /// The minimal sets are the conflicts of the scenario plus the value
    /// that contain the value. MARCO runs with the value fixed (assumed in
    /// every solve) over the demands connected to the issue; a minimal set
    /// found that way either needs the value (kept) or is a conflict of the
    /// demands alone (dropped: it rules out every value, not this one).
    func explain(issue: Int, value: Int64) -> ValueExplanation {
        incomplete = []
        let fixed = encoding.equals(issue: issue, value: value)
        var result = ValueExplanation(issue: issue, value: value, possible: nil, example: nil, excludedBy: [], incomplete: [])
        switch solve(Array(demands.indices), extra: [fixed]) {
        case .satisfiable:
            result.possible = true
            result.example = encoding.decode(encoding.solver.model)
        case .unsatisfiable:
            result.possible = false
            options.progress?.begin("demand sets ruling the value out")
            let connected = independentParts(Array(demands.indices))
                .filter { part in part.contains { demands[$0].issues.contains(issue) } }
                .flatMap { $0 }.sorted()
            var explorer = SubsetExplorer(
                solver: encoding.solver, elements: connected.map { [demands[$0].selector] },
                witnesses: connected.map { [demands[$0].literal] }, limit: options.limit)
            explorer.hard = [fixed]
            explorer.run()
            if let reason = explorer.cut { markCut("conflicts", reason == .limit ? "limit" : "timeout") }
            var sets: [Conflict] = []
            for core in explorer.unsatisfiableCores {
                let members = core.map { connected[$0] }
                switch solve(members) {
                case .satisfiable:
                    sets.append(Conflict(demands: members.map { demands[$0].qualifiedName }.sorted(by: codePointOrder)))
                case .unsatisfiable: break
                case .unknown: markCut("conflicts", "timeout")
                }
            }
            result.excludedBy = sets.sorted { a, b in
                a.demands.count != b.demands.count ? a.demands.count < b.demands.count : lexicographic(a.demands, b.demands)
            }
        case .unknown:
            markCut("agreements", "timeout")
        }
        result.incomplete = incomplete
        return result
    }

    /// Integer issues with at most this many values are explained value by
    /// value when no value is given.
    static let wholeRangeLimit: Int64 = 64

    /// Every value of an issue explained; for an integer issue of more than
    /// ``wholeRangeLimit`` values, one value open to everyone and the first
    /// value of each run of excluded values (the runs as in the report's
    /// overlap table: cut wherever the demands excluding them change).
    func explain(issue i: Int) -> IssueExplanation {
        guard case .integers(let low, let high) = issues[i].domain, high - low >= Self.wholeRangeLimit else {
            let values: [Int64] = switch issues[i].domain {
            case .values(let names): names.indices.map { Int64($0) }
            case .bool: [0, 1]
            case .integers(let low, let high): Array(low...high)
            }
            return IssueExplanation(issue: i, values: values.map { explain(issue: i, value: $0) })
        }
        let all = Array(demands.indices)
        var open: IssueOverlap?
        if solve(all) == .satisfiable {
            var models = [encoding.decode(encoding.solver.model)]
            open = values(of: i, under: all, models: &models)
        }
        let allowedByDemand = demands.indices.map { d in
            demands[d].issues.contains(i) ? allowed(under: [d])[i] : .all(of: issues[i].domain)
        }
        let runs = exclusions(of: i, overlap: open ?? .none(of: issues[i].domain), allowedByDemand: allowedByDemand)
        func first(_ set: IssueOverlap?) -> Int64? {
            if case .intervals(let list)? = set { return list.first?.lowerBound }
            return nil
        }
        let samples = [first(open)].compactMap { $0 } + runs.compactMap { first($0.values) }
        let cut = incomplete
        var result = IssueExplanation(issue: i, values: samples.map { explain(issue: i, value: $0) })
        result.open = open
        result.excludedRuns = runs
        result.sampled = true
        result.incomplete = cut
        return result
    }
}
