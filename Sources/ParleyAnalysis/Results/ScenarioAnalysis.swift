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
}
