import ParleySAT

/// Limits of an analysis, as the report contract defines them.
public struct AnalysisOptions: Sendable {
    /// The most items any one enumeration may produce (conflicts, a
    /// dispute's concessions, coalitions).
    public var limit = 10_000
    /// The most boxes (partial assignments) the agreement counter may split
    /// per independent part.
    public var countLimit = 1_000_000
    /// How many global concession sets to list.
    public var concessionsShown = 100
    /// When the whole run must stop (nil: never).
    public var deadline: ContinuousClock.Instant?
    /// Raised to interrupt the run (Ctrl-C): what was found so far is kept
    /// and marked incomplete with the reason `interrupted`.
    public var stop: StopSignal?
    /// Told what is being enumerated and how much is found (nil: nobody
    /// is watching).
    public var progress: ProgressMeter?
    /// Also compute ``Analysis/support``: what each party allows per issue
    /// and which demands exclude each value on their own (the readable
    /// reports show it; the JSON report does not).
    public var support = false
    /// How the best compromises are found: the fastest method that applies
    /// (``FrontMethod/automatic``), or always the solver's guided
    /// improvement, which the tests compare the others with.
    var frontMethod = FrontMethod.automatic

    /// The methods of the best compromises.
    enum FrontMethod: Sendable {
        /// Issue by issue when utilities add up, else by listing every
        /// agreement when there are few, else guided improvement.
        case automatic
        /// Guided improvement with the solver.
        case solver
    }

    /// The contract's defaults.
    public init() {}

    /// Whether the deadline has passed or the stop signal is raised: for
    /// loops that do long work outside the solver, which checks both itself.
    var isOutOfTime: Bool {
        if stop?.isRaised == true { return true }
        if let deadline { return ContinuousClock.now >= deadline }
        return false
    }
}
