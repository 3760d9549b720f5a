import ParleyModel

/// What a report is made of: the scenario, its baseline analysis and its
/// what-ifs' analyses.
public struct ScenarioAnalysis: Sendable {
    /// The checked scenario.
    public var scenario: Scenario
    /// The file as named on the command line (`-` for standard input).
    public var file: String
    /// The baseline analysis.
    public var analysis: Analysis
    /// The what-ifs analysed, in file order (`cli` last).
    public var whatIfs: [WhatIfAnalysis]
    /// When asked for (the HTML report's appendix): what `explain` says of
    /// each excluded value of the baseline, issue by issue; issues without
    /// one are left out.
    public var excludedValues: [IssueExplanation]? = nil
    /// How many issues were not explained because the appendix reached its
    /// limit of values (``Analyzer/appendixLimit``).
    public var excludedValuesSkipped = 0
}
