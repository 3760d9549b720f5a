/// The solver's state and algorithms. ``Solver`` wraps it: keeping the
/// state in a struct lets the hot loops mutate it with statically checked
/// exclusivity, where a class's stored properties would be checked at run
/// time on every access (over half the running time when measured).
struct SolverEngine {
    // Clauses and watches.
    var arena = ClauseArena()
    var originals: [ClauseArena.Reference] = []
    var learnts: [ClauseArena.Reference] = []
    /// For each literal, the clauses watching it (they contain its negation
    /// among their first two literals... precisely: watches[l] holds the
    /// clauses in which ¬l is watched, visited when l becomes true).
    var watches: [[Watcher]] = []

    // Assignment.
    var values: [Int8] = []
    var levels: [Int32] = []
    var reasons: [ClauseArena.Reference] = []
    var trail: [Literal] = []
    var trailLimits: [Int] = []
    var propagationHead = 0

    // Heuristics.
    var activity: [Double] = []
    var variableIncrement = 1.0
    let variableDecay = 0.95
    var clauseIncrement: Float = 1
    let clauseDecay: Float = 0.999
    var heap = VariableHeap()
    var savedPhase: [Bool] = []

    // Scratch space for conflict analysis.
    var seen: [UInt8] = []
    var analyzeStack: [Literal] = []
    var analyzeToClear: [Literal] = []
    /// The clause being added (``addClause(_:)``), reused by every call.
    var pendingClause: [Literal] = []

    /// False once the clauses alone are known to be unsatisfiable.
    var isConsistent = true
    var assumptions: [Literal] = []

    /// The values found by the last satisfiable call, by variable index.
    var model: [Bool] = []
    /// After an unsatisfiable call: the assumptions used to refute them.
    var core: [Literal] = []
    /// Work done so far.
    var statistics = SolverStatistics()

    /// The most conflicts one call may meet before answering `unknown`
    /// (nil: no limit).
    var conflictLimit: Int?
    /// The time after which a call answers `unknown` (nil: none).
    var deadline: ContinuousClock.Instant?
    var stopSignal: StopSignal?

    // Reduction schedule.
    var nextReduce = 2000
    let reduceIncrement = 300

    /// The number of variables.
    var variableCount: Int { values.count / 2 }

    /// Adds a fresh variable.
    @discardableResult
    mutating func newVariable() -> Variable {
        let v = Int32(variableCount)
        values.append(0)
        values.append(0)
        levels.append(0)
        reasons.append(ClauseArena.none)
        activity.append(0)
        savedPhase.append(true)  // try false first, as MiniSat does
        seen.append(0)
        watches.append([])
        watches.append([])
        heap.insert(v, activity)
        return Variable(v)
    }

    /// Adds variables until there are at least `count`.
    mutating func ensureVariables(_ count: Int) {
        while variableCount < count { newVariable() }
    }

    /// The current value of a literal: true, false or nil (unassigned).
    func value(_ literal: Literal) -> Bool? {
        let v = values[literal.index]
        return v == 0 ? nil : v > 0
    }

    /// Adds a clause. Variables must exist. May be called between solves.
    /// - Returns: false when the clauses are now known to be unsatisfiable.
    @discardableResult
    mutating func addClause(_ literals: [Literal]) -> Bool {
        pendingClause.removeAll(keepingCapacity: true)
        pendingClause.append(contentsOf: literals)
        return addPendingClause()
    }

    /// Adds the clause `a ∨ b` (``addClause(_:)`` without an array).
    @discardableResult
    mutating func addClause(_ a: Literal, _ b: Literal) -> Bool {
        pendingClause.removeAll(keepingCapacity: true)
        pendingClause.append(a)
        pendingClause.append(b)
        return addPendingClause()
    }

    /// Adds the clause `a ∨ b ∨ c` (``addClause(_:)`` without an array).
    @discardableResult
    mutating func addClause(_ a: Literal, _ b: Literal, _ c: Literal) -> Bool {
        pendingClause.removeAll(keepingCapacity: true)
        pendingClause.append(a)
        pendingClause.append(b)
        pendingClause.append(c)
        return addPendingClause()
    }

    /// Adds the clause in ``pendingClause``, simplified in place: sorted,
    /// without repeated literals or literals false at level 0; dropped if
    /// it is a tautology or already satisfied there. The encodings add
    /// hundreds of thousands of short clauses, and building each in one
    /// reused array rather than three new ones halves their cost.
    private mutating func addPendingClause() -> Bool {
        precondition(trailLimits.isEmpty, "clauses are added at decision level 0")
        guard isConsistent else { return false }
        for literal in pendingClause {
            precondition(Int(literal.raw >> 1) < variableCount, "literal of an unknown variable")
        }
        // In place: up to 64 literals the standard sort is an insertion
        // sort, without a buffer.
        pendingClause.sort()
        var kept = 0
        var previous = Literal.undefined
        for i in pendingClause.indices {
            let literal = pendingClause[i]
            if literal == previous { continue }
            // Sorted by index, a literal and its negation are neighbours.
            if previous != Literal.undefined && literal == !previous { return true }
            previous = literal
            let v = values[literal.index]
            if v > 0 { return true }
            if v == 0 {
                pendingClause[kept] = literal
                kept += 1
            }
        }
        pendingClause.removeLast(pendingClause.count - kept)
        switch kept {
        case 0:
            isConsistent = false
            return false
        case 1:
            assign(pendingClause[0], reason: ClauseArena.none)
            if propagate() != ClauseArena.none { isConsistent = false }
            return isConsistent
        default:
            let c = arena.add(pendingClause, learnt: false)
            originals.append(c)
            attach(c)
            return true
        }
    }

    /// Solves under the given assumptions.
    /// - Returns: the answer; see ``model`` and ``core``.
    mutating func solve(assuming assumptions: [Literal] = []) -> SolveResult {
        model = []
        core = []
        guard isConsistent else { return .unsatisfiable }
        for literal in assumptions {
            precondition(Int(literal.raw >> 1) < variableCount, "assumption of an unknown variable")
        }
        self.assumptions = assumptions
        let result = search()
        if result == .satisfiable {
            model = (0..<variableCount).map { values[2 * $0] > 0 }
        }
        cancel(to: 0)
        return result
    }

    // MARK: Shared helpers

    @inline(__always) var decisionLevel: Int { trailLimits.count }

    @inline(__always) mutating func assign(_ literal: Literal, reason: ClauseArena.Reference) {
        let v = Int(literal.raw >> 1)
        values[literal.index] = 1
        values[literal.index ^ 1] = -1
        levels[v] = Int32(decisionLevel)
        reasons[v] = reason
        trail.append(literal)
    }

    mutating func attach(_ c: ClauseArena.Reference) {
        let first = arena.literal(c, 0)
        let second = arena.literal(c, 1)
        watches[(!first).index].append(Watcher(clause: c, blocker: second))
        watches[(!second).index].append(Watcher(clause: c, blocker: first))
    }

    /// Undoes every assignment above `level`, saving phases and returning
    /// the variables to the heap.
    mutating func cancel(to level: Int) {
        guard decisionLevel > level else { return }
        let start = trailLimits[level]
        for i in stride(from: trail.count - 1, through: start, by: -1) {
            let literal = trail[i]
            let v = Int(literal.raw >> 1)
            values[literal.index] = 0
            values[literal.index ^ 1] = 0
            reasons[v] = ClauseArena.none
            savedPhase[v] = literal.isNegated
            heap.insert(Int32(v), activity)
        }
        trail.removeSubrange(start...)
        trailLimits.removeSubrange(level...)
        propagationHead = trail.count
    }
}

/// An entry of a watch list: the clause, and one of its other literals
/// (the blocker) which, when true, lets propagation skip the clause without
/// reading it.
struct Watcher {
    var clause: ClauseArena.Reference
    var blocker: Literal
}
