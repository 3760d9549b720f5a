import ParleyModel
import ParleySAT

/// Every minimal level assignment of a set of demands with fallback
/// ladders that lets them hold together: the minimal concessions of
/// extensions-1.1 part B, never by enumerating the product of levels.
///
/// Each level of each demand (its stated condition, each fallback) is an
/// element behind a selector of its own. A level assignment that keeps
/// demand d at level k keeps the elements of levels k, k+1, ...; and since
/// each step admits every agreement the one before admits, a satisfiable
/// set of elements that holds level k holds every later level too. So the
/// maximal satisfiable sets of elements (MARCO, ``SubsetExplorer``) are
/// exactly the minimal sufficient assignments: each demand at the first
/// level the set keeps, or withdrawn when it keeps none. Without ladders
/// these are version 1's minimal correction sets.
enum LevelAssignments {
    /// The minimal assignments of the demands (session indexes), cheapest
    /// first, and what cut the enumeration, if anything.
    static func minimal(of chosen: [Int], in session: AnalysisSession) -> (concessions: [Concession], cut: CutReason?) {
        var elements: [[Literal]] = []
        var witnesses: [[Literal]] = []
        var owner: [(demand: Int, level: Int)] = []
        for d in chosen {
            for level in 0...session.demands[d].position.fallbacks.count {
                let (literal, selector) = session.level(level, of: d)
                elements.append([selector])
                witnesses.append([literal])
                owner.append((d, level))
            }
        }
        var explorer = SubsetExplorer(solver: session.encoding.solver, elements: elements, witnesses: witnesses, limit: session.options.limit)
        explorer.run()
        let concessions = explorer.satisfiableSets.map { kept -> Concession in
            var first: [Int: Int] = [:]
            for element in kept {
                let (d, level) = owner[element]
                first[d] = min(first[d] ?? level, level)
            }
            var withdrawn: [DemandID] = []
            var moves: [FallbackMove] = []
            var cost: Int64 = 0, costMax: Int64 = 0
            for d in chosen {
                let demand = session.demands[d].position
                let level = first[d] ?? demand.fallbacks.count + 1
                guard level > 0 else { continue }
                if level > demand.fallbacks.count {
                    withdrawn.append(demand.id)
                } else {
                    moves.append(FallbackMove(demand: demand.id, fallback: level))
                }
                let (low, high) = demand.cost(atLevel: level)
                cost &+= low
                costMax &+= high
            }
            return Concession(demands: withdrawn, moves: moves, cost: cost, costMax: costMax)
        }
        return (concessions.sorted(), explorer.cut)
    }
}
