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
            return WhatIfAnalysis(
                name: whatIf.name, label: whatIf.label,
                changes: whatIf.changes.map { $0.text(in: scenario) },
                parties: parties,
                analysis: analyze(issues: scenario.issues, parties: parties, options: options))
        }
        return Report(scenario: scenario, file: file, analysis: baseline, whatIfs: analysed)
    }
}
