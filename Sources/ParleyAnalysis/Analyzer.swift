import ParleyModel

/// The entry point of the analysis layer: analyses a checked scenario's
/// baseline positions and its what-ifs.
///
/// An analysis encodes the positions once (``AnalysisSession``) and asks
/// the questions of the report in turn, each in a file of its own under
/// Questions/: feasibility, the conflicts (when no deal exists: they also
/// answer the coalitions), coalitions, the common ground, then either the
/// overlap and the count (when a deal exists) or the disputes and
/// concessions (when not), the best compromises, and, for the readable
/// reports, what excludes each value.
/// Each question returns its answer and its cuts; ``Analysis`` gathers them.
public enum Analyzer {
    /// Analyses one set of positions.
    /// - Parameters:
    ///   - issues: the scenario's issues.
    ///   - parties: the positions (baseline or after a what-if).
    ///   - options: limits.
    public static func analyze(issues: [Issue], parties: [Party], options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        let session = AnalysisSession(issues: issues, demands: PositionDemand.all(of: parties), options: options)
        var cuts = session.cuts()
        let feasibility = FeasibilityQuestion.ask(session)
        cuts.add(feasibility.cuts)
        var analysis = Analysis(
            feasible: feasibility.feasible, overlap: issues.map { .none(of: $0.domain) },
            agreements: AgreementCount(
                count: .zero, exact: feasibility.feasible != nil, example: feasibility.example,
                exampleRanges: feasibility.example.map {
                    RangesQuestion.ranges(of: $0, issues: issues, keeping: .init(session, demands: session.allDemands.map { ($0, 0) }, parties: nil))
                }),
            consistent: [], pairs: [], coalitions: [], conflicts: [], disputes: [], concessions: [],
            concessionsTotal: .zero, incomplete: [])
        // Without a deal, the conflicts come first: when all of them are
        // found, they answer the coalitions without a solver call.
        let conflicts = feasibility.feasible == false ? ConflictQuestion.ask(session) : nil
        let allConflicts = conflicts.flatMap { $0.cuts.contains(.conflicts) ? nil : $0.conflicts }
        let coalitions = CoalitionQuestion.ask(session, parties: parties, example: feasibility.example, conflicts: allConflicts)
        cuts.add(coalitions.cuts)
        analysis.consistent = coalitions.consistent
        analysis.pairs = coalitions.pairs
        analysis.coalitions = coalitions.coalitions
        let common = CommonGroundQuestion.ask(session, parties: parties, consistent: coalitions.consistent)
        cuts.add(common.cuts)
        analysis.common = common.common
        analysis.gaps = common.gaps
        if let example = feasibility.example {
            let overlap = OverlapQuestion.ask(session, startingFrom: example)
            cuts.add(overlap.cuts)
            analysis.overlap = overlap.overlap
            let count = CountingQuestion.ask(session)
            cuts.add(count.cuts)
            analysis.agreements.count = count.count
            analysis.agreements.exact = count.exact
        } else if let conflicts {
            cuts.add(conflicts.cuts)
            analysis.conflicts = conflicts.conflicts
            if var disputes = conflicts.disputes {
                let shifts = ShiftQuestion.ask(session, disputes: disputes)
                cuts.add(shifts.cuts)
                for k in disputes.indices { disputes[k].shifts = shifts.shifts[k] }
                analysis.disputes = disputes
                let concessions = ConcessionQuestion.ask(session, disputes: disputes)
                cuts.add(concessions.cuts)
                analysis.concessions = concessions.listed
                analysis.concessionsTotal = concessions.total
                analysis.tippingPoints = concessions.tippingPoints
                analysis.runnerUp = concessions.runnerUp
            }
        }
        let compromises = ParetoQuestion.ask(session, parties: parties, feasible: analysis.feasible, concessions: analysis.concessions)
        cuts.add(compromises.cuts)
        analysis.best = compromises.best
        analysis.focal = compromises.focal
        analysis.dealPrices = compromises.dealPrices
        if options.support {
            let reference = analysis.feasible == true ? analysis.overlap : analysis.common ?? issues.map { .none(of: $0.domain) }
            let support = SupportQuestion.ask(session, allowedBy: common.allowedBy, reference: reference)
            cuts.add(support.cuts)
            analysis.support = support.support
            let assumptions = AssumptionQuestion.ask(issues: issues, parties: parties, options: options)
            analysis.assumptions = assumptions.impacts
            analysis.assumptionsSkipped = assumptions.skipped
        }
        analysis.hasFallbacks = session.hasFallbacks
        analysis.hasCostRanges = session.demands.contains { $0.position.hasCostRange }
        analysis.incomplete = cuts.entries
        if cuts.contains(.conflicts) || cuts.contains(.disputes) { analysis.concessionsTotal = nil }
        return analysis
    }

    /// Everything a report shows: the baseline and the chosen what-ifs.
    /// - Parameters:
    ///   - scenario: the checked scenario.
    ///   - file: the file as named on the command line.
    ///   - whatIfs: which of the scenario's what-ifs to analyse (nil: all).
    ///   - extra: an ad-hoc what-if (`cli`), analysed last.
    ///   - bases: also analyse the what-if each stacked one extends (for a
    ///     comparison with its base), when it is not analysed anyway.
    ///   - explainExcluded: also say what `explain` would of each excluded
    ///   value (``ScenarioAnalysis/excludedValues``), up to ``appendixLimit``
    ///   values.
    ///   - options: limits.
    public static func report(
        _ scenario: Scenario, file: String, whatIfs: [String]? = nil, extra: WhatIf? = nil, bases: Bool = false,
        explainExcluded: Bool = false, options: AnalysisOptions = AnalysisOptions()
    ) -> ScenarioAnalysis {
        let baseline = analyze(issues: scenario.issues, parties: scenario.parties, options: options)
        var chosen = scenario.whatIfs.filter { whatIfs?.contains($0.name) ?? true }
        if let extra { chosen.append(extra) }
        var analysed: [String: WhatIfAnalysis] = [:]
        func analysis(of whatIf: WhatIf) -> WhatIfAnalysis {
            if let known = analysed[whatIf.name] { return known }
            let parties = scenario.positions(applying: whatIf)
            var result = WhatIfAnalysis(
                name: whatIf.name, label: whatIf.label, extends: whatIf.extends,
                changes: whatIf.changes.map { $0.text(in: scenario) },
                conceded: concessions(made: whatIf, in: scenario),
                parties: parties,
                analysis: analyze(issues: scenario.issues, parties: parties, options: options))
            if bases, let name = whatIf.extends, let base = scenario.whatIfs.first(where: { $0.name == name }) {
                let analysedBase = analysis(of: base)
                result.base = WhatIfAnalysis.Base(parties: analysedBase.parties, analysis: analysedBase.analysis)
            }
            analysed[whatIf.name] = result
            return result
        }
        var result = ScenarioAnalysis(scenario: scenario, file: file, analysis: baseline, whatIfs: chosen.map(analysis(of:)))
        if explainExcluded {
            let (issues, skipped) = ExplainQuestion.excludedValues(
                baselineSession(scenario, options), parties: scenario.parties.count,
                inside: baseline.feasible == true ? baseline.overlap : baseline.common, limit: appendixLimit)
            result.excludedValues = issues
            result.excludedValuesSkipped = skipped
        }
        return result
    }

    /// The most excluded values a report's appendix explains (issue by
    /// issue, the last issue whole).
    public static let appendixLimit = 100

    /// The demands of the baseline a what-if has conceded (withdrawn, or
    /// settled at a fallback), with what its chain of bases conceded too
    /// (less those a later step states again), and their total cost.
    static func concessions(made whatIf: WhatIf, in scenario: Scenario) -> Concession {
        // Per demand: the fallback it is settled at (nil: withdrawn) and the cost's ends.
        var conceded: [DemandID: (level: Int?, cost: Int64, costMax: Int64)] = [:]
        var positions = scenario.parties
        for step in scenario.chain(of: whatIf) {
            for change in step.changes {
                switch change {
                case .concede(let p, let name, let level):
                    let id = DemandID(party: positions[p].name, name: name)
                    guard let demand = positions[p].demands.first(where: { $0.name == name }) else { continue }
                    if let level, demand.fallbacks.indices.contains(level - 1) {
                        // A fallback of a demand already settled counts from the ladder's start.
                        let earlier = conceded[id]?.level ?? 0
                        let step = demand.fallbacks[level - 1]
                        conceded[id] = (earlier + level, step.cost, step.costMax ?? step.cost)
                    } else {
                        conceded[id] = (nil, demand.cost, demand.costMax ?? demand.cost)
                    }
                case .demand(let p, let demand):
                    conceded[DemandID(party: positions[p].name, name: demand.name)] = nil
                case .preference:
                    break
                }
            }
            positions = Scenario.applying(step.changes, to: positions)
        }
        return Concession(
            demands: conceded.filter { $0.value.level == nil }.map(\.key),
            moves: conceded.compactMap { id, entry in entry.level.map { FallbackMove(demand: id, fallback: $0) } },
            cost: conceded.values.reduce(0) { $0 &+ $1.cost },
            costMax: conceded.values.reduce(0) { $0 &+ $1.costMax })
    }

    /// Whether `issue = value` can be part of an agreement meeting every
    /// demand of the scenario's baseline positions, with a witness or every
    /// minimal set of demands that rules it out.
    /// - Parameters:
    ///   - value: a domain index, 0/1 for a bool, or the integer.
    public static func explain(
        _ scenario: Scenario, issue: Int, value: Int64, options: AnalysisOptions = AnalysisOptions()
    ) -> ValueExplanation {
        ExplainQuestion.ask(baselineSession(scenario, options), issue: issue, value: value, parties: scenario.parties.count)
    }

    /// `explain` for every value of an issue (for a wide integer issue, one
    /// open value and the first value of each excluded run), with one
    /// encoding of the scenario for all of them.
    public static func explain(_ scenario: Scenario, issue: Int, options: AnalysisOptions = AnalysisOptions()) -> IssueExplanation {
        ExplainQuestion.ask(baselineSession(scenario, options), issue: issue, parties: scenario.parties.count)
    }

    /// The fallbacks of the scenario (baseline and what-ifs) that are not
    /// weaker than the step before them, or that the time limit left
    /// unproven, in file order. Run before any analysis: a ladder that is
    /// not weaker makes the file invalid.
    public static func verifyLadders(_ scenario: Scenario, options: AnalysisOptions = AnalysisOptions()) -> [LadderProblem] {
        LadderQuestion.ask(scenario, options: options)
    }

    /// The preferences no agreement can meet, for `parley check` to warn of.
    public static func unmeetablePreferences(_ scenario: Scenario, options: AnalysisOptions = AnalysisOptions()) -> [UnmeetablePreference] {
        PreferenceQuestion.unmeetable(scenario, options: options)
    }

    private static func baselineSession(_ scenario: Scenario, _ options: AnalysisOptions) -> AnalysisSession {
        AnalysisSession(issues: scenario.issues, demands: PositionDemand.all(of: scenario.parties), options: options)
    }
}
