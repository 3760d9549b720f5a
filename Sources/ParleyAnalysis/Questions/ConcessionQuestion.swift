/// The cheapest minimal concessions of the whole scenario, and how many
/// there are, combined without enumerating their product
/// (``ConcessionCombiner``).
///
/// Without fallbacks a global concession is one concession of every
/// dispute (disputes share no demand). With fallbacks it need not be: a
/// demand in no dispute may have to give way once another settles at a
/// fallback. Independent parts (no shared issue, every level counted) stay
/// independent, though, so the global list is then the product of each
/// unsatisfiable part's minimal level assignments (``LevelAssignments``).
enum ConcessionQuestion {
    struct Answer {
        /// The first `--concessions` concessions, in the report's order.
        var listed: [Concession]
        /// How many there are in all; nil when a limit cut a part's list.
        var total: BigCount?
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession, disputes: [Dispute]) -> Answer {
        var cuts = session.cuts()
        var lists: [[Concession]]
        if session.hasFallbacks {
            lists = []
            for part in session.independentParts(session.allDemands) where session.solve(part) != .satisfiable {
                let (assignments, cut) = LevelAssignments.minimal(of: part, in: session)
                if let cut {
                    cuts.add(.disputes, cut)
                    return Answer(listed: [], total: nil, cuts: cuts)
                }
                lists.append(assignments)
            }
        } else {
            lists = disputes.map(\.concessions)
        }
        let (listed, total) = ConcessionCombiner.cheapest(lists, count: session.options.concessionsShown)
        return Answer(listed: listed, total: total, cuts: cuts)
    }
}
