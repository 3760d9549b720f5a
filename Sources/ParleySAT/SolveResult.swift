/// The answer of one ``Solver/solve(assuming:)`` call.
public enum SolveResult: Sendable, Equatable {
    /// A model exists; ``Solver/model`` holds it.
    case satisfiable
    /// No model exists under the assumptions; ``Solver/core`` says which
    /// assumptions were used to show it (empty when the clauses alone are
    /// unsatisfiable).
    case unsatisfiable
    /// A budget ran out before an answer was found.
    case unknown
}

/// Counters of the work a solver has done, over all its calls.
public struct SolverStatistics: Sendable, Equatable {
    /// Decisions made (assumptions included).
    public var decisions = 0
    /// Literals propagated.
    public var propagations = 0
    /// Conflicts met.
    public var conflicts = 0
    /// Restarts made.
    public var restarts = 0
    /// Learnt clauses added.
    public var learntClauses = 0
    /// Learnt clauses deleted by database reduction.
    public var deletedClauses = 0
    /// Literals removed from learnt clauses by minimisation.
    public var minimisedLiterals = 0
}
