import ParleyModel

/// Which parties can agree: each party on its own (consistency), each pair,
/// and every maximal group (coalition).
///
/// When every minimal conflict is known, the answers are read off them: a
/// set of demands is satisfiable exactly when it holds no minimal conflict,
/// so a group of parties can agree exactly when no conflict involves only
/// parties of the group (``fromConflicts(_:parties:limit:)``). Otherwise,
/// or for more than ``groupEnumerationLimit`` parties, each answer is a
/// solver call, and the groups come from MARCO.
enum CoalitionQuestion {
    struct Answer {
        /// Each party's own consistency, in declaration order.
        var consistent: [Bool?]
        /// Every unordered pair, in declaration order.
        var pairs: [PairCompatibility]
        /// Every maximal set of parties whose demands admit an agreement.
        var coalitions: [[String]]
        var cuts: Cuts
    }

    /// - Parameters:
    ///   - example: an agreement meeting every demand, if one is known
    ///     (then every party and every pair is satisfied by it).
    ///   - conflicts: every minimal conflict of the session's demands, if
    ///     all are known (none cut by a limit or the clock).
    static func ask(_ session: AnalysisSession, parties: [Party], example: [Int64]? = nil, conflicts: [Conflict]? = nil) -> Answer {
        if let conflicts, parties.count <= groupEnumerationLimit {
            return fromConflicts(conflicts, parties: parties, limit: session.options.limit)
        }
        var cuts = session.cuts()
        // The agreements found so far: one that meets the demands of the
        // parties asked about answers yes without a solver call, and the
        // solver, which keeps its saved phases, often answers one pair with
        // an agreement that suits the next.
        var models = example.map { [$0] } ?? []
        func satisfiable(_ partyIndexes: [Int]) -> Bool? {
            let demands = session.demands(ofParties: partyIndexes)
            if models.contains(where: { model in demands.allSatisfy { session.demands[$0].condition.holds(model) } }) { return true }
            switch session.solve(demands) {
            case .satisfiable:
                models.append(session.lastModel())
                return true
            case .unsatisfiable: return false
            case .unknown:
                cuts.add(partyIndexes.count == 1 ? .parties : .pairs, .timeout)
                return nil
            }
        }
        session.options.progress?.begin("pairs of parties")
        let consistent = parties.indices.map { satisfiable([$0]) }
        var pairs: [PairCompatibility] = []
        for a in parties.indices {
            for b in (a + 1)..<parties.count {
                pairs.append(PairCompatibility(parties: [parties[a].name, parties[b].name], compatible: satisfiable([a, b])))
            }
        }
        let coalitions = maximalGroups(session, parties: parties, cuts: &cuts)
        return Answer(consistent: consistent, pairs: pairs, coalitions: coalitions, cuts: cuts)
    }

    /// The maximal satisfiable sets of parties, by MARCO with each party an
    /// element (all its selectors at once), largest first.
    private static func maximalGroups(_ session: AnalysisSession, parties: [Party], cuts: inout Cuts) -> [[String]] {
        let own = parties.indices.map { session.demands(ofParties: [$0]) }
        session.options.progress?.begin("coalitions")
        var explorer = SubsetExplorer(
            solver: session.encoding.solver,
            elements: own.map { $0.map { session.demands[$0].selector } },
            witnesses: own.map { $0.map { session.demands[$0].literal } },
            limit: session.options.limit)
        explorer.run()
        if let reason = explorer.cut { cuts.add(.coalitions, reason) }
        var result = explorer.satisfiableSets.map { set in set.map { parties[$0].name }.sorted(by: codePointOrder) }
        if result.isEmpty && explorer.cut == nil { result = [[]] }
        return inReportOrder(result)
    }

    /// Groups (each its names in code-point order) largest first, then in
    /// code-point order.
    private static func inReportOrder(_ groups: [[String]]) -> [[String]] {
        groups.sorted { a, b in
            a.count != b.count ? a.count > b.count : a.lexicographicallyPrecedes(b, by: codePointOrder)
        }
    }

    /// The most parties whose groups ``fromConflicts(_:parties:limit:)``
    /// enumerates (2^12 groups, each checked against every conflict).
    static let groupEnumerationLimit = 12

    /// The answers, from every minimal conflict: a group of parties can
    /// agree exactly when no conflict's parties all belong to it. Groups are
    /// bit masks of parties; the maximal ones are those to which no party
    /// can be added, at most `limit` of them (the first in report order).
    static func fromConflicts(_ conflicts: [Conflict], parties: [Party], limit: Int) -> Answer {
        let index = Dictionary(parties.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let blocked = Set(conflicts.map { conflict in
            conflict.demands.reduce(UInt32(0)) { mask, demand in mask | UInt32(1) << UInt32(index[demand.party]!) }
        })
        func canAgree(_ group: UInt32) -> Bool { !blocked.contains { $0 & ~group == 0 } }
        let consistent: [Bool?] = parties.indices.map { canAgree(UInt32(1) << UInt32($0)) }
        var pairs: [PairCompatibility] = []
        for a in parties.indices {
            for b in (a + 1)..<parties.count {
                pairs.append(PairCompatibility(
                    parties: [parties[a].name, parties[b].name], compatible: canAgree(UInt32(1) << UInt32(a) | UInt32(1) << UInt32(b))))
            }
        }
        var maximal: [[String]] = []
        for group in UInt32(0)..<(UInt32(1) << UInt32(parties.count)) where canAgree(group) {
            let extensible = parties.indices.contains { p in group & UInt32(1) << UInt32(p) == 0 && canAgree(group | UInt32(1) << UInt32(p)) }
            if !extensible {
                maximal.append(parties.indices.filter { group & UInt32(1) << UInt32($0) != 0 }.map { parties[$0].name }.sorted(by: codePointOrder))
            }
        }
        maximal = inReportOrder(maximal)
        var cuts = Cuts(stop: nil)
        if maximal.count > limit {
            maximal.removeLast(maximal.count - limit)
            cuts.add(.coalitions, .limit)
        }
        return Answer(consistent: consistent, pairs: pairs, coalitions: maximal, cuts: cuts)
    }
}
