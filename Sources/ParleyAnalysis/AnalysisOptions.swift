/// Limits of an analysis, as the report contract defines them.
public struct AnalysisOptions: Sendable {
    /// The most items any one enumeration may produce (conflicts, a
    /// dispute's concessions, coalitions).
    public var limit = 10_000
    /// The most cubes the agreement counter may produce per independent part.
    public var countLimit = 1_000_000
    /// How many global concession sets to list.
    public var concessionsShown = 100
    /// When the whole run must stop (nil: never).
    public var deadline: ContinuousClock.Instant?

    /// The contract's defaults.
    public init() {}
}
