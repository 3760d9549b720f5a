// First-UIP conflict analysis with recursive minimisation (MiniSat 2.2,
// after Sörensson & Biere 2009).
//
// Walking the trail backwards from the conflict, literals of the current
// level are resolved away until one remains: the first unique implication
// point, whose negation becomes the asserting literal. A literal of the
// learnt clause is then dropped when its reason's literals are all already
// in the clause or, recursively, implied by it; an abstraction of the
// clause's levels prunes that search cheaply.

extension SolverEngine {
    /// Learns a clause from a conflict.
    /// - Returns: the clause (asserting literal first, a literal of the
    ///   backtrack level second) and the level to backtrack to.
    mutating func analyze(_ conflict: ClauseArena.Reference) -> (clause: [Literal], level: Int) {
        var learnt: [Literal] = [Literal.undefined]
        var pathCount = 0
        var p = Literal.undefined
        var index = trail.count - 1
        var clause = conflict
        repeat {
            if arena.isLearnt(clause) { bumpClause(clause) }
            let start = p == Literal.undefined ? 0 : 1
            for k in start..<arena.size(clause) {
                let q = arena.literal(clause, k)
                let v = Int(q.raw >> 1)
                if seen[v] == 0 && levels[v] > 0 {
                    bumpVariable(v)
                    seen[v] = 1
                    if Int(levels[v]) >= decisionLevel {
                        pathCount += 1
                    } else {
                        learnt.append(q)
                    }
                }
            }
            while seen[Int(trail[index].raw >> 1)] == 0 { index -= 1 }
            p = trail[index]
            index -= 1
            clause = reasons[Int(p.raw >> 1)]
            seen[Int(p.raw >> 1)] = 0
            pathCount -= 1
        } while pathCount > 0
        learnt[0] = !p

        // Minimise: keep a literal unless it is implied by the others.
        analyzeToClear = learnt
        var abstractLevels: UInt32 = 0
        for literal in learnt.dropFirst() { abstractLevels |= abstractLevel(Int(literal.raw >> 1)) }
        var kept = 1
        for i in 1..<learnt.count {
            let v = Int(learnt[i].raw >> 1)
            if reasons[v] == ClauseArena.none || !isRedundant(learnt[i], abstractLevels) {
                learnt[kept] = learnt[i]
                kept += 1
            }
        }
        statistics.minimisedLiterals += learnt.count - kept
        learnt.removeLast(learnt.count - kept)
        for literal in analyzeToClear { seen[Int(literal.raw >> 1)] = 0 }

        // Put a literal of the highest remaining level second.
        var level = 0
        if learnt.count > 1 {
            var maxIndex = 1
            for i in 2..<learnt.count where levels[Int(learnt[i].raw >> 1)] > levels[Int(learnt[maxIndex].raw >> 1)] {
                maxIndex = i
            }
            learnt.swapAt(1, maxIndex)
            level = Int(levels[Int(learnt[1].raw >> 1)])
        }
        return (learnt, level)
    }

    private mutating func abstractLevel(_ v: Int) -> UInt32 {
        1 << (UInt32(levels[v]) & 31)
    }

    /// Whether `literal` is implied by literals already in the learnt clause
    /// (marked in `seen`), following reasons depth-first with an explicit stack.
    private mutating func isRedundant(_ literal: Literal, _ abstractLevels: UInt32) -> Bool {
        analyzeStack.removeAll(keepingCapacity: true)
        analyzeStack.append(literal)
        let top = analyzeToClear.count
        while let current = analyzeStack.popLast() {
            let reason = reasons[Int(current.raw >> 1)]
            for k in 1..<arena.size(reason) {
                let q = arena.literal(reason, k)
                let v = Int(q.raw >> 1)
                guard seen[v] == 0, levels[v] > 0 else { continue }
                if reasons[v] != ClauseArena.none && abstractLevel(v) & abstractLevels != 0 {
                    seen[v] = 1
                    analyzeStack.append(q)
                    analyzeToClear.append(q)
                } else {
                    for undo in analyzeToClear[top...] { seen[Int(undo.raw >> 1)] = 0 }
                    analyzeToClear.removeSubrange(top...)
                    return false
                }
            }
        }
        return true
    }

    /// The assumptions that imply `literal` is true (called when the
    /// assumption `!literal` is found false): the final conflict.
    mutating func analyzeFinal(_ literal: Literal) -> [Literal] {
        var result = [!literal]
        guard decisionLevel > 0 else { return result }
        seen[Int(literal.raw >> 1)] = 1
        for i in stride(from: trail.count - 1, through: trailLimits[0], by: -1) {
            let v = Int(trail[i].raw >> 1)
            guard seen[v] != 0 else { continue }
            let reason = reasons[v]
            if reason == ClauseArena.none {
                result.append(trail[i])
            } else {
                for k in 1..<arena.size(reason) {
                    let q = Int(arena.literal(reason, k).raw >> 1)
                    if levels[q] > 0 { seen[q] = 1 }
                }
            }
            seen[v] = 0
        }
        seen[Int(literal.raw >> 1)] = 0
        return result
    }

    // MARK: Activities (VSIDS)

    mutating func bumpVariable(_ v: Int) {
        activity[v] += variableIncrement
        if activity[v] > 1e100 {
            for i in activity.indices { activity[i] *= 1e-100 }
            variableIncrement *= 1e-100
        }
        heap.increased(Int32(v), activity)
    }

    mutating func bumpClause(_ c: ClauseArena.Reference) {
        let bumped = arena.activity(c) + clauseIncrement
        arena.setActivity(c, bumped)
        if bumped > 1e20 {
            for learnt in learnts { arena.setActivity(learnt, arena.activity(learnt) * 1e-20) }
            clauseIncrement *= 1e-20
        }
    }

    mutating func decayActivities() {
        variableIncrement /= variableDecay
        clauseIncrement /= clauseDecay
    }
}
