/// Everything Parley finds about one set of positions.
public struct Analysis: Sendable {
    /// Is there an agreement meeting every demand? nil if cut.
    public var feasible: Bool?
    /// Per issue (in declaration order), the values open to everyone.
    public var overlap: [IssueOverlap]
    /// Per issue, the values every consistent party's own demands admit,
    /// each party taken on its own; nil when a limit cut it.
    public var common: [IssueOverlap]?
    /// The integer issues without common ground, with how far apart the
    /// parties are; nil when a limit cut it.
    public var gaps: [Gap]?
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
    /// For each cheapest concession, how far each of its costs may rise
    /// before another concession is strictly cheaper.
    public var tippingPoints: [TippingPoint] = []
    /// The cheapest concession of a higher cost, and how far it must fall.
    public var runnerUp: RunnerUp?
    /// For each demand resting on an assumption, what the analysis would
    /// say without it (readable reports only: nil when not asked).
    public var assumptions: [AssumptionImpact]?
    /// How many assumptions were left out of ``assumptions`` (a limit).
    public var assumptionsSkipped = 0
    /// Whether some demand or fallback of the positions has a cost range.
    public var hasCostRanges = false
    /// When feasible: the Pareto-optimal agreements over the parties'
    /// utilities, one per distinct utility vector, by descending vector.
    public var best: [Compromise] = []
    /// When feasible: the focal points.
    public var focal: FocalPoints?
    /// When not feasible: for each cheapest concession set (in the order
    /// of `concessions`), the best compromises once it is conceded.
    public var dealPrices: [DealPrice] = []
    /// Whether some demand of the positions has a fallback ladder (the
    /// report then lists each concession's moves).
    public var hasFallbacks = false
    /// What was cut, and why, in the order the questions met it.
    public var incomplete: [Incompleteness]
    /// Per issue, what each party allows and what excludes each value; only
    /// when ``AnalysisOptions/support`` asked for it.
    public var support: [IssueSupport]?

    /// Whether nothing was cut.
    public var complete: Bool { incomplete.isEmpty }

    /// Whether this part was cut.
    public func wasCut(_ part: AnalysisPart) -> Bool {
        incomplete.contains { $0.part == part }
    }
}
