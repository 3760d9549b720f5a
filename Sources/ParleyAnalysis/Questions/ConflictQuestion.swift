import ParleyModel
import ParleySAT

/// Every minimal conflicting set of demands, and the disputes they form
/// with every minimal way to settle each.
///
/// The demands are split into independent parts (linked through the issues
/// they mention; a conflict never spans two), and each unsatisfiable part
/// is explored with MARCO (``SubsetExplorer``). Conflicts sharing a demand,
/// directly or through others, form a dispute, whose concession sets are
/// the minimal hitting sets of its conflicts; with fallback ladders, its
/// minimal level assignments (``LevelAssignments``). Conflicts are always
/// of the stated conditions.
enum ConflictQuestion {
    struct Answer {
        /// Every conflict, in the report's order.
        var conflicts: [Conflict]
        /// The disputes; nil when the conflicts were cut (a dispute's
        /// concessions need all of its conflicts).
        var disputes: [Dispute]?
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession) -> Answer {
        var cuts = session.cuts()
        var found: [[Int]] = []
        var cut = false
        session.options.progress?.begin("conflicts")
        for part in suspectParts(session.independentParts(session.allDemands), in: session) {
            // The part is explored on a session of its own, where each of
            // the explorer's many solver calls assigns the variables of the
            // part's issues only, not those of the whole scenario. A
            // satisfiable part holds no conflict.
            let local = session.subsession(for: part).session
            if local.solve(local.allDemands) == .satisfiable { continue }
            var explorer = SubsetExplorer(
                solver: local.encoding.solver, elements: local.demands.map { [$0.selector] },
                witnesses: local.demands.map { [$0.literal] }, limit: session.options.limit - found.count)
            explorer.run()
            found += explorer.unsatisfiableCores.map { core in core.map { part[$0] } }
            session.options.progress?.found(found.count)
            if let reason = explorer.cut {
                cuts.add(.conflicts, reason)
                cuts.add(.disputes, reason)
                cut = true
                break
            }
        }
        let named = found.map { Conflict(demands: $0.map { session.demands[$0].id }) }
        let order = named.indices.sorted { named[$0] < named[$1] }
        let conflicts = order.map { named[$0] }
        guard !cut else { return Answer(conflicts: conflicts, disputes: nil, cuts: cuts) }
        let disputes = Self.disputes(of: order.map { found[$0] }, in: session, cuts: &cuts)
        return Answer(conflicts: conflicts, disputes: disputes, cuts: cuts)
    }

    /// The parts that may hold a conflict, in the order given: all but
    /// those shown satisfiable together. One call asks for every remaining
    /// part's demands at once; when they are unsatisfiable, the parts the
    /// call's core touches (at least one of them unsatisfiable) are set
    /// aside, until the rest is satisfiable. Where a call per part would
    /// assign every variable of the scenario once per part, this takes
    /// about one call per unsatisfiable part. If the solver gives up, every
    /// part left is kept.
    private static func suspectParts(_ parts: [[Int]], in session: AnalysisSession) -> [[Int]] {
        var partOfSelector: [Literal: Int] = [:]
        for (k, part) in parts.enumerated() {
            for d in part { partOfSelector[session.demands[d].selector] = k }
        }
        var remaining = Set(parts.indices)
        var suspect = Set<Int>()
        while !remaining.isEmpty {
            let answer = session.solve(remaining.sorted().flatMap { parts[$0] })
            if answer == .satisfiable { break }
            let touched = answer == .unsatisfiable ? Set(session.encoding.solver.core.compactMap { partOfSelector[$0] }) : []
            if touched.isEmpty {
                suspect.formUnion(remaining)
                break
            }
            suspect.formUnion(touched)
            remaining.subtract(touched)
        }
        return parts.indices.filter { suspect.contains($0) }.map { parts[$0] }
    }

    /// Conflicts sharing demands, directly or through others, form a dispute.
    /// - Parameter conflicts: each conflict's demand indexes, in report order.
    private static func disputes(of conflicts: [[Int]], in session: AnalysisSession, cuts: inout Cuts) -> [Dispute] {
        var sets = UnionFind(count: conflicts.count)
        var conflictOfDemand: [Int: Int] = [:]
        for (c, conflict) in conflicts.enumerated() {
            for demand in conflict {
                if let other = conflictOfDemand[demand] { sets.union(c, other) } else { conflictOfDemand[demand] = c }
            }
        }
        return sets.groups().map { members in
            let demandIndexes = Array(Set(members.flatMap { conflicts[$0] })).sorted()
            let local = Dictionary(uniqueKeysWithValues: demandIndexes.enumerated().map { ($1, $0) })
            let sets = members.map { conflicts[$0].compactMap { local[$0] } }
            var concessions: [Concession]
            var complete = true
            if session.hasFallbacks {
                let (assignments, cut) = LevelAssignments.minimal(of: demandIndexes, in: session)
                if let cut {
                    cuts.add(.disputes, cut)
                    complete = false
                }
                concessions = assignments
            } else {
                let (hitting, limited) = HittingSets.minimal(of: sets, count: demandIndexes.count, limit: session.options.limit)
                if limited {
                    cuts.add(.disputes, .limit)
                    complete = false
                }
                concessions = hitting.map { set in
                    Concession(
                        demands: set.map { session.demands[demandIndexes[$0]].id },
                        cost: set.reduce(0) { $0 + session.demands[demandIndexes[$1]].position.cost },
                        costMax: set.reduce(0) { $0 + session.demands[demandIndexes[$1]].position.costMax })
                }.sorted()
            }
            // The flags judge the whole list: none when it was cut.
            if complete { concessions = CheapestJudgement.judge(concessions, in: session) }
            let issueNames = Set(demandIndexes.flatMap { session.demands[$0].issues }).map { session.issues[$0].name }
            return Dispute(
                conflicts: members,
                demands: demandIndexes.map { session.demands[$0].id }.sorted(),
                issues: issueNames.sorted(by: codePointOrder),
                concessions: concessions)
        }
    }
}
