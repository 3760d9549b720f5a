// The solver's invariants, checked from outside: for tests, which call it
// between solves to catch a broken watch list or trail that answers alone
// would hide until much later.

extension Solver {
    /// What is wrong with the solver's state between calls, if anything:
    /// one line per broken invariant, empty when all hold.
    ///
    /// Checked: the solver is at decision level 0 with every assignment
    /// propagated; each value and its negation agree; every live clause of
    /// two or more literals is watched by exactly its first two literals,
    /// each watcher's blocker belongs to its clause, and no watcher points
    /// at a deleted clause; the heap holds every unassigned variable.
    /// - Complexity: linear in the size of the clause database.
    func invariantViolations() -> [String] { engine.invariantViolations() }
}

extension SolverEngine {
    func invariantViolations() -> [String] {
        var problems: [String] = []
        if !trailLimits.isEmpty { problems.append("not at decision level 0 between calls") }
        if propagationHead != trail.count { problems.append("assignments left unpropagated") }
        for v in 0..<variableCount where values[2 * v] != -values[2 * v + 1] {
            problems.append("variable \(v): its two literals disagree")
        }
        // Watchers by clause: each live clause must be watched once through
        // each of its first two literals.
        var watchedThrough: [ClauseArena.Reference: [Literal]] = [:]
        for (index, list) in watches.enumerated() {
            let watched = !Literal(raw: UInt32(index))
            for watcher in list {
                if arena.isDeleted(watcher.clause) {
                    problems.append("a watcher points at deleted clause \(watcher.clause)")
                    continue
                }
                let literals = arena.literals(watcher.clause)
                if !literals.contains(watcher.blocker) {
                    problems.append("clause \(watcher.clause): blocker \(watcher.blocker) is not one of its literals")
                }
                watchedThrough[watcher.clause, default: []].append(watched)
            }
        }
        for c in originals + learnts where !arena.isDeleted(c) {
            let expected = [arena.literal(c, 0), arena.literal(c, 1)].sorted()
            let got = (watchedThrough[c] ?? []).sorted()
            if got != expected {
                problems.append("clause \(c): watched through \(got), expected its first two literals \(expected)")
            }
        }
        for v in 0..<variableCount where values[2 * v] == 0 && !heap.contains(Int32(v)) {
            problems.append("unassigned variable \(v) is not in the heap")
        }
        return problems
    }
}
