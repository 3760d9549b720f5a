import ParleyModel

/// Who allows what, issue by issue: the values each party's own demands
/// allow, and, for every value outside the overlap, the demands that rule
/// it out on their own (the readable reports show both).
///
/// A set of demands constrains only the issues it mentions, so each set is
/// analysed on a session of its own over those issues alone: each solver
/// call then assigns the variables of a few issues rather than the whole
/// scenario's (the large benchmark family has 20,000).
enum SupportQuestion {
    struct Answer {
        /// Per issue, in declaration order.
        var support: [IssueSupport]
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession, parties: [Party], overlap: [IssueOverlap]) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("values each party allows")
        let byParty = parties.indices.map { allowed(under: session.demands(ofParties: [$0]), in: session, cuts: &cuts) }
        session.options.progress?.begin("values each demand excludes")
        let byDemand = session.demands.indices.map { allowed(under: [$0], in: session, cuts: &cuts) }
        let support = session.issues.indices.map { i in
            IssueSupport(
                allowedBy: byParty.map { $0[i] },
                exclusions: exclusions(of: i, overlap: overlap[i], allowedByDemand: byDemand.map { $0[i] }, in: session))
        }
        return Answer(support: support, cuts: cuts)
    }

    /// Per issue, the values some agreement meeting the chosen demands
    /// takes: whole for issues they do not mention, empty everywhere if no
    /// agreement meets them.
    static func allowed(under chosen: [Int], in session: AnalysisSession, cuts: inout Cuts) -> [IssueOverlap] {
        let issues = session.issues
        let own = Array(Set(chosen.flatMap { session.demands[$0].issues })).sorted()
        let position = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
        let renumbered = chosen.map { d in
            var demand = session.demands[d].position
            demand.condition = demand.condition.renumbered(position)
            return demand
        }
        let local = AnalysisSession(issues: own.map { issues[$0] }, demands: renumbered, options: session.options)
        guard let values = valuesOfEveryIssue(in: local, cuts: &cuts) else { return issues.map { .none(of: $0.domain) } }
        return issues.indices.map { i in position[i].map { values[$0] } ?? .all(of: issues[i].domain) }
    }

    /// Every issue's values in some agreement meeting all of a session's
    /// demands, or nil if none does (or time ran out, which is recorded).
    private static func valuesOfEveryIssue(in session: AnalysisSession, cuts: inout Cuts) -> [IssueOverlap]? {
        var models: [[Int64]]
        switch session.solve(session.allDemands) {
        case .satisfiable: models = [session.lastModel()]
        case .unsatisfiable: return nil
        case .unknown:
            cuts.add(.overlap, .timeout)
            return nil
        }
        return session.issues.indices.map {
            OverlapQuestion.values(of: $0, under: session.allDemands, in: session, models: &models, cuts: &cuts)
        }
    }

    /// The runs of excluded values of one issue, each with the demands that
    /// exclude all of it alone.
    static func exclusions(of i: Int, overlap: IssueOverlap, allowedByDemand: [IssueOverlap], in session: AnalysisSession) -> [Exclusion] {
        let demands = session.demands
        func excluders(_ isAllowed: (IssueOverlap) -> Bool) -> [DemandID] {
            demands.indices.filter { !isAllowed(allowedByDemand[$0]) }.map { demands[$0].id }.sorted()
        }
        switch (session.issues[i].domain, overlap) {
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
                let names = demands.indices.filter { !sets[$0].contains(start) }.map { demands[$0].id }.sorted()
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
