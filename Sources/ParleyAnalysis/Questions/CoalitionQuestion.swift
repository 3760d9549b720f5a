import ParleyModel

/// Which parties can agree: each party on its own (consistency), each pair,
/// and every maximal group (coalition).
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

    /// - Parameter example: an agreement meeting every demand, if one is
    ///   known (then every party and every pair is satisfied by it).
    static func ask(_ session: AnalysisSession, parties: [Party], example: [Int64]? = nil) -> Answer {
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
        return result.sorted { a, b in
            a.count != b.count ? a.count > b.count : a.lexicographicallyPrecedes(b, by: codePointOrder)
        }
    }
}
