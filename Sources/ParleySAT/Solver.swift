/// A conflict-driven clause-learning (CDCL) SAT solver in the style of
/// MiniSat 2.2 (Eén & Sörensson 2003): two watched literals with blockers,
/// first-UIP learning with recursive minimisation, VSIDS with phase saving,
/// Luby restarts, and learnt-clause reduction by activity on the schedule
/// of Glucose (Audemard & Simon 2009).
///
/// The solver is incremental: variables and clauses may be added between
/// calls, each call may assume literals, and learnt clauses are kept. After
/// an unsatisfiable answer under assumptions, ``core`` holds the assumptions
/// the refutation used (the final conflict); after a satisfiable one,
/// ``model`` holds the values.
///
/// Invariants: between calls the solver is at decision level 0; each clause
/// of two or more literals is watched by its first two; `values` holds, for
/// each literal, +1 true, -1 false or 0 unassigned.
///
/// Without a deadline it is deterministic: the same clauses and calls give
/// the same answers, models and statistics.
public final class Solver {
    var engine = SolverEngine()

    /// Makes an empty solver.
    public init() {}

    /// False once the clauses alone are known to be unsatisfiable.
    public var isConsistent: Bool { engine.isConsistent }
    /// The values found by the last satisfiable call, by variable index.
    public var model: [Bool] { engine.model }
    /// The value of a literal in the last model (MiniSat's `modelValue`).
    public func modelValue(_ literal: Literal) -> Bool { literal.isTrue(in: engine.model) }
    /// After an unsatisfiable call: the assumptions used to refute them
    /// (a subset of the call's assumptions; empty when the clauses alone are
    /// unsatisfiable).
    public var core: [Literal] { engine.core }
    /// Work done so far, over all calls.
    public var statistics: SolverStatistics { engine.statistics }

    /// The most conflicts one call may meet before answering `unknown`
    /// (nil: no limit).
    public var conflictLimit: Int? {
        get { engine.conflictLimit }
        set { engine.conflictLimit = newValue }
    }

    /// The time after which a call answers `unknown` (nil: none).
    public var deadline: ContinuousClock.Instant? {
        get { engine.deadline }
        set { engine.deadline = newValue }
    }

    /// A flag that, once raised (from anywhere, a signal handler
    /// included), makes the running and every later call answer `unknown`.
    public var stopSignal: StopSignal? {
        get { engine.stopSignal }
        set { engine.stopSignal = newValue }
    }

    /// The number of variables.
    public var variableCount: Int { engine.variableCount }

    /// Adds a fresh variable.
    @discardableResult
    public func newVariable() -> Variable { engine.newVariable() }

    /// Adds variables until there are at least `count`.
    public func ensureVariables(_ count: Int) { engine.ensureVariables(count) }

    /// The current value of a literal at decision level 0 between calls:
    /// true, false or nil (unassigned).
    public func value(_ literal: Literal) -> Bool? { engine.value(literal) }

    /// Adds a clause. Its variables must exist. May be called between solves.
    /// - Returns: false when the clauses are now known to be unsatisfiable.
    @discardableResult
    public func addClause(_ literals: [Literal]) -> Bool {
        clauseLog?.append(literals)
        return engine.addClause(literals)
    }

    /// Adds the clause `a ∨ b`: ``addClause(_:)`` without building an array.
    @discardableResult
    public func addClause(_ a: Literal, _ b: Literal) -> Bool {
        clauseLog?.append([a, b])
        return engine.addClause(a, b)
    }

    /// Adds the clause `a ∨ b ∨ c`: ``addClause(_:)`` without building an array.
    @discardableResult
    public func addClause(_ a: Literal, _ b: Literal, _ c: Literal) -> Bool {
        clauseLog?.append([a, b, c])
        return engine.addClause(a, b, c)
    }

    /// When not nil, every clause given to ``addClause(_:)``, as given
    /// (before any simplification), in order: for writing the problem out
    /// (the pysat reference of `parley-bench cnf`). Off by default.
    public var clauseLog: [[Literal]]?

    /// Solves under the given assumptions.
    /// - Returns: the answer; see ``model`` and ``core``.
    /// - Complexity: exponential in the worst case; bounded by
    ///   ``conflictLimit`` and ``deadline``.
    public func solve(assuming assumptions: [Literal] = []) -> SolveResult {
        engine.solve(assuming: assumptions)
    }
}
