import ParleyModel

/// The analysis of one what-if: its changes, the changed positions, and
/// what they give.
public struct WhatIfAnalysis: Sendable {
    /// The what-if's name (`cli` for the command line's `--concede`).
    public var name: String
    /// Its label, if any.
    public var label: String?
    /// The what-if it builds on, if any.
    public var extends: String?
    /// Each change as canonical text.
    public var changes: [String]
    /// The demands the what-if concedes, with their total cost.
    public var conceded: Concession
    /// The positions after the changes.
    public var parties: [Party]
    /// Their analysis.
    public var analysis: Analysis
    /// When it extends another what-if and the bases were asked for: that
    /// one's positions and analysis.
    public var base: Base?

    /// The positions a stacked what-if starts from, and their analysis.
    public struct Base: Sendable {
        public var parties: [Party]
        public var analysis: Analysis
    }
}
