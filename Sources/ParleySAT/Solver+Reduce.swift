// Learnt-clause database reduction on MiniSat 2.2's schedule (Eén &
// Sörensson 2003). Each call starts with room for a third as many learnt
// clauses as there are original ones; the room grows by a tenth at
// geometrically spaced conflict counts (100, 150, 225, ...). When the
// learnt clauses not currently asserting a literal outgrow it, the less
// active half is deleted, and of the rest those whose activity is below
// the average bump; binary clauses and reasons of current assignments are
// always kept. A small, growing database keeps watch lists short: on
// pigeonhole problems, where nearly every learnt clause has a low LBD, the
// Glucose rule of keeping "glue" clauses for good (Audemard & Simon 2009)
// let the database and propagation cost grow without bound.
// When deleted clauses fill half of the arena it is compacted.

extension SolverEngine {
    /// Resets the schedule at the start of a call, as MiniSat does.
    mutating func startReductionSchedule() {
        maxLearnts = max(Double(originals.count) / 3, 100)
        learntAdjustInterval = 100
        learntAdjustCountdown = 100
    }

    /// Counts one conflict against the schedule; grows the room at its steps.
    @inline(__always) mutating func advanceReductionSchedule() {
        learntAdjustCountdown -= 1
        if learntAdjustCountdown == 0 {
            learntAdjustInterval *= 1.5
            learntAdjustCountdown = Int(learntAdjustInterval)
            maxLearnts *= 1.1
        }
    }

    /// Whether the learnt clauses have outgrown their room.
    @inline(__always) var shouldReduce: Bool {
        Double(learnts.count - trail.count) >= maxLearnts
    }

    mutating func reduceLearnts() {
        // Least active first; binary clauses last (they are never deleted).
        var order = learnts
        order.sort { a, b in
            let binaryA = arena.size(a) == 2, binaryB = arena.size(b) == 2
            if binaryA != binaryB { return binaryB }
            let aa = arena.activity(a), ab = arena.activity(b)
            if aa != ab { return aa < ab }
            return a < b
        }
        let threshold = clauseIncrement / Float(max(order.count, 1))
        var deleted = 0
        for (position, c) in order.enumerated() {
            guard arena.size(c) > 2, !isLocked(c) else { continue }
            if position < order.count / 2 || arena.activity(c) < threshold {
                arena.delete(c)
                deleted += 1
            }
        }
        statistics.deletedClauses += deleted
        learnts.removeAll { arena.isDeleted($0) }
        for i in watches.indices {
            watches[i].removeAll { arena.isDeleted($0.clause) }
        }
        if arena.wasted * 2 > arena.words.count { compact() }
    }

    /// Whether the clause is the reason of its first literal's assignment.
    private mutating func isLocked(_ c: ClauseArena.Reference) -> Bool {
        let first = arena.literal(c, 0)
        return values[first.index] > 0 && reasons[Int(first.raw >> 1)] == c
    }

    /// Copies the live clauses into a fresh arena and renames every
    /// reference to them.
    private mutating func compact() {
        var renamed: [ClauseArena.Reference: ClauseArena.Reference] = [:]
        arena = arena.compacted { old, new in renamed[old] = new }
        originals = originals.compactMap { renamed[$0] }
        learnts = learnts.compactMap { renamed[$0] }
        for v in reasons.indices where reasons[v] != ClauseArena.none {
            reasons[v] = renamed[reasons[v]] ?? ClauseArena.none
        }
        for i in watches.indices {
            for j in watches[i].indices {
                watches[i][j].clause = renamed[watches[i][j].clause] ?? ClauseArena.none
            }
        }
    }
}
