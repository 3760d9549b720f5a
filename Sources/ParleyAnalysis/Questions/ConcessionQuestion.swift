import ParleyModel

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
        /// For each cheapest concession listed, each of its moves' tipping point.
        var tippingPoints: [TippingPoint] = []
        /// The cheapest concession of a higher cost, if one is listed.
        var runnerUp: RunnerUp?
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
                lists.append(CheapestJudgement.judge(assignments, in: session))
            }
        } else {
            lists = disputes.map(\.concessions)
        }
        let (listed, choices, total) = ConcessionCombiner.cheapestWithChoices(lists, count: max(session.options.concessionsShown, 1))
        var answer = Answer(listed: Array(listed.prefix(session.options.concessionsShown)), total: total, cuts: cuts)
        guard let cheapest = listed.first?.cost else { return answer }
        for (concession, choice) in zip(listed, choices) where concession.cost == cheapest {
            answer.tippingPoints += tippingPoints(of: concession, choice: choice, lists: lists, in: session)
        }
        // The runner-up: the cheapest of a higher cost, searched beyond the
        // listed ones when they all tie.
        if let runner = listed.first(where: { $0.cost > cheapest })
            ?? ConcessionCombiner.cheapest(lists, count: 1_000).0.first(where: { $0.cost > cheapest }) {
            answer.runnerUp = RunnerUp(concession: runner, mustFallBy: runner.cost - cheapest)
        }
        return answer
    }

    /// For each move of a cheapest concession, how far its cost may rise.
    ///
    /// Raising the cost of a move raises every concession that makes it by
    /// as much, so only those that do not make it can overtake. The lists
    /// are independent, so the nearest such rival changes only the list the
    /// move belongs to: the cheapest concession of that list without the
    /// move, the other lists' choices kept.
    private static func tippingPoints(of concession: Concession, choice: [Int], lists: [[Concession]], in session: AnalysisSession) -> [TippingPoint] {
        var points: [TippingPoint] = []
        for (list, chosen) in zip(lists, choice) {
            let own = list[chosen]
            let moves: [(DemandID, Int?)] = own.demands.map { ($0, nil) } + own.moves.map { ($0.demand, $0.fallback) }
            for (demand, fallback) in moves {
                let cost = stepCost(of: demand, fallback: fallback, in: session)
                let rivals = list.filter { other in
                    fallback.map { k in !other.moves.contains(FallbackMove(demand: demand, fallback: k)) } ?? !other.demands.contains(demand)
                }
                guard let rival = rivals.min(by: { $0 < $1 }) else {
                    points.append(TippingPoint(concession: concession, demand: demand, fallback: fallback, cost: cost, limit: nil, next: nil))
                    continue
                }
                var next = concession
                next.demands = concession.demands.filter { !own.demands.contains($0) } + rival.demands
                next.moves = concession.moves.filter { !own.moves.contains($0) } + rival.moves
                next = Concession(demands: next.demands, moves: next.moves, cost: concession.cost - own.cost + rival.cost,
                                  costMax: concession.costMax - own.costMax + rival.costMax)
                points.append(TippingPoint(
                    concession: concession, demand: demand, fallback: fallback, cost: cost,
                    limit: cost + (rival.cost - own.cost), next: next))
            }
        }
        return points
    }

    /// A move's cost now (the low end): a fallback's, or the withdrawal cost.
    private static func stepCost(of demand: DemandID, fallback: Int?, in session: AnalysisSession) -> Int64 {
        guard let d = session.demands.firstIndex(where: { $0.id == demand }) else { return 0 }
        let position = session.demands[d].position
        return fallback.map { position.cost(atLevel: $0).low } ?? position.cost
    }
}
