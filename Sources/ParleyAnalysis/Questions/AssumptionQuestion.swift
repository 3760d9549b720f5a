import ParleyModel

/// Which conclusions rest on assumptions: for each demand whose source
/// begins `assumption:`, the verdict, conflicts and cheapest concession of
/// the positions without it (a what-if per assumption, asked only those
/// three questions so that it stays cheap).
enum AssumptionQuestion {
    /// The most assumptions analysed; the report says when there are more.
    static let limit = 20

    /// Whether a source marks its demand as an assumption.
    static func isAssumption(_ source: String?) -> Bool {
        source?.hasPrefix("assumption:") ?? false
    }

    struct Answer {
        var impacts: [AssumptionImpact]
        /// How many assumptions were not analysed (past ``limit``).
        var skipped: Int
        var cuts: Cuts
    }

    static func ask(issues: [Issue], parties: [Party], options: AnalysisOptions) -> Answer {
        var cuts = Cuts(stop: options.stop)
        var assumed: [(party: Int, demand: Int)] = []
        for (p, party) in parties.enumerated() {
            for (d, demand) in party.demands.enumerated() where isAssumption(demand.source) { assumed.append((p, d)) }
        }
        var impacts: [AssumptionImpact] = []
        for (p, d) in assumed.prefix(limit) {
            var without = parties
            let removed = without[p].demands.remove(at: d)
            let session = AnalysisSession(issues: issues, demands: PositionDemand.all(of: without), options: options)
            let feasibility = FeasibilityQuestion.ask(session)
            var local = feasibility.cuts
            var conflicts = 0
            var cheapest: Int64? = feasibility.feasible == true ? 0 : nil
            var cheapestMax = cheapest
            if feasibility.feasible == false {
                let found = ConflictQuestion.ask(session)
                local.add(found.cuts)
                conflicts = found.conflicts.count
                if let disputes = found.disputes {
                    let concessions = ConcessionQuestion.ask(session, disputes: disputes)
                    local.add(concessions.cuts)
                    cheapest = concessions.listed.first?.cost
                    cheapestMax = concessions.listed.first?.costMax
                }
            }
            cuts.add(local)
            impacts.append(AssumptionImpact(
                demand: DemandID(party: parties[p].name, name: removed.name), feasible: feasibility.feasible, conflicts: conflicts,
                cheapest: cheapest, cheapestMax: cheapestMax, cut: !local.entries.isEmpty))
        }
        return Answer(impacts: impacts, skipped: max(0, assumed.count - limit), cuts: cuts)
    }
}
