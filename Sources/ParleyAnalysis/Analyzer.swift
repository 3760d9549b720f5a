import ParleyModel

/// The entry point of the analysis layer: analyses a checked scenario's
/// baseline positions and its what-ifs.
public enum Analyzer {
    /// Analyses one set of positions.
    /// - Parameters:
    ///   - issues: the scenario's issues.
    ///   - parties: the positions (baseline or after a what-if).
    ///   - options: limits.
    public static func analyze(issues: [Issue], parties: [Party], options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        PositionAnalyzer(issues: issues, parties: parties, options: options).run()
    }

    /// The full report: the baseline and the chosen what-ifs.
    /// - Parameters:
    ///   - scenario: the checked scenario.
    ///   - file: the file as named on the command line.
    ///   - whatIfs: which of the scenario's what-ifs to analyse (nil: all).
    ///   - extra: an ad-hoc what-if (`cli`), analysed last.
    ///   - options: limits.
    public static func report(
        _ scenario: Scenario, file: String, whatIfs: [String]? = nil, extra: WhatIf? = nil,
        options: AnalysisOptions = AnalysisOptions()
    ) -> Report {
        let baseline = analyze(issues: scenario.issues, parties: scenario.parties, options: options)
        var chosen = scenario.whatIfs.filter { whatIfs?.contains($0.name) ?? true }
        if let extra { chosen.append(extra) }
        let analysed = chosen.map { whatIf in
            let parties = scenario.positions(applying: whatIf)
            var conceded = whatIf.changes.compactMap { change -> (String, Int64)? in
                guard case .concede(let p, let d) = change else { return nil }
                let demand = scenario.parties[p].demands[d]
                return ("\(scenario.parties[p].name).\(demand.name)", demand.cost)
            }
            conceded.sort { codePointOrder($0.0, $1.0) }
            return WhatIfAnalysis(
                name: whatIf.name, label: whatIf.label,
                changes: whatIf.changes.map { $0.text(in: scenario) },
                conceded: Concession(demands: conceded.map(\.0), cost: conceded.reduce(0) { $0 &+ $1.1 }),
                parties: parties,
                analysis: analyze(issues: scenario.issues, parties: parties, options: options))
        }
        return Report(scenario: scenario, file: file, analysis: baseline, whatIfs: analysed)
    }

    /// Whether `issue = value` can be part of an agreement meeting every
    /// demand of the scenario's baseline positions, with a witness or every
    /// minimal set of demands that rules it out.
    /// - Parameters:
    ///   - value: a domain index, 0/1 for a bool, or the integer.
    public static func explain(
        _ scenario: Scenario, issue: Int, value: Int64, options: AnalysisOptions = AnalysisOptions()
    ) -> ValueExplanation {
        PositionAnalyzer(issues: scenario.issues, parties: scenario.parties, options: options)
            .explain(issue: issue, value: value)
    }

    /// `explain` for every value of an issue (for a wide integer issue, one
    /// open value and the first value of each excluded run), with one
    /// encoding of the scenario for all of them.
    public static func explain(_ scenario: Scenario, issue: Int, options: AnalysisOptions = AnalysisOptions()) -> IssueExplanation {
        PositionAnalyzer(issues: scenario.issues, parties: scenario.parties, options: options).explain(issue: issue)
    }
}
