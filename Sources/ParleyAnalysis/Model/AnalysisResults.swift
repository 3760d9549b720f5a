import ParleyModel

/// The values of one issue that occur in agreements meeting every demand.
public enum IssueOverlap: Hashable, Sendable {
    /// For an issue with named values: domain indexes, ascending.
    case values([Int])
    /// For a bool issue: `false` before `true`.
    case flags([Bool])
    /// For an integer issue: disjoint, ascending, merged intervals.
    case intervals([ClosedRange<Int64>])
}

/// A minimal set of demands that cannot all hold (a minimal unsatisfiable
/// subset): drop any one and the rest can.
public struct Conflict: Hashable, Sendable {
    /// Qualified demand names (`party.name`), in code-point order.
    public var demands: [String]
}

/// A minimal set of demands whose withdrawal lets the rest hold (a minimal
/// correction set), with the sum of their costs.
public struct Concession: Hashable, Sendable {
    /// Qualified demand names, in code-point order.
    public var demands: [String]
    /// The sum of the demands' costs.
    public var cost: Int64
}

/// Conflicts linked through shared demands, with every way to settle them.
public struct Dispute: Hashable, Sendable {
    /// Indexes into the analysis' conflicts, ascending.
    public var conflicts: [Int]
    /// The union of their demands, in code-point order.
    public var demands: [String]
    /// The issues those demands mention, in code-point order.
    public var issues: [String]
    /// Every minimal set of demands hitting every conflict of the dispute,
    /// cheapest first.
    public var concessions: [Concession]
}

/// Whether two parties' demands admit a common agreement.
public struct PairCompatibility: Hashable, Sendable {
    /// The two parties, in declaration order.
    public var parties: [String]
    /// nil when the computation was cut by a limit.
    public var compatible: Bool?
}

/// Why part of an analysis is incomplete.
public struct Incompleteness: Hashable, Sendable {
    /// Which key was cut: `conflicts`, `agreements`, ...
    public var part: String
    /// `limit`, `timeout` or `interrupted`.
    public var reason: String
}

/// The number of agreements meeting every demand.
public struct AgreementCount: Hashable, Sendable {
    /// The count, or a lower bound when not exact.
    public var count: BigCount
    /// False when a limit cut the counting.
    public var exact: Bool
    /// One agreement meeting every demand: each issue's value (domain
    /// index, 0/1 or integer); nil when there is none.
    public var example: [Int64]?
}

/// Everything Parley finds about one set of positions.
public struct Analysis: Sendable {
    /// Is there an agreement meeting every demand? nil if cut.
    public var feasible: Bool?
    /// Per issue (in declaration order), the values open to everyone.
    public var overlap: [IssueOverlap]
    /// How many agreements meet every demand, and one of them.
    public var agreements: AgreementCount
    /// Each party's own consistency (nil if cut), in declaration order.
    public var consistent: [Bool?]
    /// Every unordered pair of parties.
    public var pairs: [PairCompatibility]
    /// Every maximal set of parties that can agree, as sorted name lists.
    public var coalitions: [[String]]
    /// Every minimal conflicting set of demands.
    public var conflicts: [Conflict]
    /// The conflicts grouped into independent disputes.
    public var disputes: [Dispute]
    /// The cheapest minimal concession sets of the whole scenario.
    public var concessions: [Concession]
    /// How many minimal concession sets there are (nil if cut).
    public var concessionsTotal: BigCount?
    /// When feasible: the Pareto-optimal agreements over the parties'
    /// utilities, one per distinct utility vector, by descending vector.
    public var best: [Compromise] = []
    /// When feasible: the focal points.
    public var focal: FocalPoints?
    /// When not feasible: for each cheapest concession set (in the order
    /// of `concessions`), the best compromises once it is conceded.
    public var dealPrices: [DealPrice] = []
    /// What was cut, and why.
    public var incomplete: [Incompleteness]
    /// Per issue, what each party allows and what excludes each value; only
    /// when ``AnalysisOptions/support`` asked for it.
    public var support: [IssueSupport]?

    /// Whether nothing was cut.
    public var complete: Bool { incomplete.isEmpty }
}

/// The analysis of one what-if: its changes, the changed positions, and
/// what they give.
public struct WhatIfAnalysis: Sendable {
    /// The what-if's name (`cli` for the command line's `--concede`).
    public var name: String
    /// Its label, if any.
    public var label: String?
    /// Each change as canonical text.
    public var changes: [String]
    /// The demands the what-if concedes, with their total cost.
    public var conceded: Concession
    /// The positions after the changes.
    public var parties: [Party]
    /// Their analysis.
    public var analysis: Analysis
}

/// A whole report: the scenario, its baseline analysis and its what-ifs.
public struct Report: Sendable {
    /// The checked scenario.
    public var scenario: Scenario
    /// The file as named on the command line (`-` for standard input).
    public var file: String
    /// The baseline analysis.
    public var analysis: Analysis
    /// The what-ifs analysed, in file order (`cli` last).
    public var whatIfs: [WhatIfAnalysis]
}
