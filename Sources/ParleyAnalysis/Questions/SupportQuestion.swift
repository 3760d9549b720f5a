import ParleyModel

/// Who allows what, issue by issue: the values each party's own demands
/// allow, and, for every value outside the overlap (or, when no agreement
/// meets every demand, outside the common ground), the demands and parties
/// that rule it out on their own (the readable reports show both).
///
/// A set of demands constrains only the issues it mentions, so each set is
/// analysed on sessions of its own over those issues alone, one per
/// independent part (``OverlapQuestion/valuesByPart(under:in:seed:cuts:)``):
/// each solver call then assigns the variables of a few issues rather than
/// the whole scenario's (the large benchmark family has 20,000).
enum SupportQuestion {
    struct Answer {
        /// Per issue, in declaration order.
        var support: [IssueSupport]
        var cuts: Cuts
    }

    /// - Parameters:
    ///   - allowedBy: per party, per issue, the values its own demands admit
    ///     (``CommonGroundQuestion``'s).
    ///   - reference: per issue, the values not to explain: the overlap
    ///     when a deal exists, else the common ground.
    static func ask(_ session: AnalysisSession, allowedBy: [[IssueOverlap]], reference: [IssueOverlap]) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("values each demand excludes")
        let byDemand = session.demands.indices.map { allowed(under: [$0], in: session, cuts: &cuts) }
        let support = session.issues.indices.map { i in
            IssueSupport(
                allowedBy: allowedBy.map { $0[i] },
                exclusions: exclusions(
                    of: i, outside: reference[i], allowedByDemand: byDemand.map { $0[i] }, allowedByParty: allowedBy.map { $0[i] },
                    in: session))
        }
        return Answer(support: support, cuts: cuts)
    }

    /// Per issue, the values some agreement meeting the chosen demands
    /// takes: whole for issues they do not mention, empty everywhere if no
    /// agreement meets them. A limit that cuts it is recorded against `part`.
    static func allowed(under chosen: [Int], in session: AnalysisSession, part: AnalysisPart = .overlap, cuts: inout Cuts) -> [IssueOverlap] {
        var localCuts = session.cuts()
        let values = OverlapQuestion.valuesByPart(under: chosen, in: session, seed: nil, cuts: &localCuts)
        for entry in localCuts.entries { cuts.add(part, entry.reason) }
        return values ?? session.issues.map { .none(of: $0.domain) }
    }

    /// The runs of values of one issue outside `reference`, each with the
    /// demands, and the parties, that exclude all of it on their own.
    static func exclusions(
        of i: Int, outside reference: IssueOverlap, allowedByDemand: [IssueOverlap], allowedByParty: [IssueOverlap],
        in session: AnalysisSession
    ) -> [Exclusion] {
        let demands = session.demands
        func exclusion(_ values: IssueOverlap, at value: Int64) -> Exclusion {
            Exclusion(
                values: values,
                demands: demands.indices.filter { !allowedByDemand[$0].contains(value) }.map { demands[$0].id }.sorted(),
                parties: allowedByParty.indices.filter { !allowedByParty[$0].contains(value) })
        }
        switch (session.issues[i].domain, reference) {
        case (.values(let names), .values(let open)):
            return names.indices.filter { !open.contains($0) }.map { exclusion(.values([$0]), at: Int64($0)) }
        case (.bool, .flags(let open)):
            return [false, true].filter { !open.contains($0) }.map { exclusion(.flags([$0]), at: $0 ? 1 : 0) }
        case (.integers(let low, let high), .intervals(let open)):
            // Cut the universe at every bound of the reference, of each
            // demand's and of each party's allowed set; within a piece, who
            // excludes it is fixed.
            let sets = (allowedByDemand + allowedByParty).map { allowed -> IntervalSet in
                if case .intervals(let list) = allowed { IntervalSet(low: low, high: high, intervals: list) } else { .full(low, high) }
            }
            let openSet = IntervalSet(low: low, high: high, intervals: open)
            var cuts: Set<Int64> = [low]
            for set in sets + [openSet] { cuts.formUnion(set.breakpoints) }
            let starts = cuts.sorted()
            var result: [Exclusion] = []
            for (k, start) in starts.enumerated() where !openSet.contains(start) {
                let end = k + 1 < starts.count ? starts[k + 1] - 1 : high
                let next = exclusion(.intervals([start...end]), at: start)
                if let last = result.last, case .intervals(let previous) = last.values,
                   previous[0].upperBound == start - 1, last.demands == next.demands, last.parties == next.parties {
                    result[result.count - 1].values = .intervals([previous[0].lowerBound...end])
                } else {
                    result.append(next)
                }
            }
            return result
        default:
            return []
        }
    }
}
