// Learnt-clause database reduction: on the schedule of Glucose (Audemard &
// Simon 2009), every 2000 + 300k conflicts, but choosing the victims as
// MiniSat does, by clause activity. Binary clauses and the reasons of current
// assignments are kept; of the others, the less active half is deleted, and
// so is any clause whose activity is below the increment spread over the
// whole database (one that has not helped a conflict for a long time).
//
// Why this mix: keeping glue clauses (LBD <= 2) for good and deleting by LBD
// let PHP(10, 9)'s database grow to about 27,000 clauses, each propagation
// then scanning long watch lists (9-14 s against minisat's 3-4 s); MiniSat's
// own schedule (a database of a third of the original clauses, growing
// slowly) fixes PHP but makes random 3-SAT need several times the conflicts.
// Glucose's schedule with activity as the measure did better than either on
// the whole benchmark set (docs/performance.md, "Solver core at MiniSat's
// speed"). When deleted clauses fill half of the arena it is compacted.

extension SolverEngine {
    mutating func reduceLearnts() {
        var candidates: [ClauseArena.Reference] = []
        var keep: [ClauseArena.Reference] = []
        for c in learnts {
            if arena.size(c) <= 2 || isLocked(c) { keep.append(c) } else { candidates.append(c) }
        }
        candidates.sort { a, b in
            let aa = arena.activity(a), ab = arena.activity(b)
            if aa != ab { return aa < ab }
            return a < b
        }
        let stale = clauseIncrement / Float(max(learnts.count, 1))
        let half = candidates.count / 2
        var deleted = 0
        for (i, c) in candidates.enumerated() {
            if i < half || arena.activity(c) < stale {
                arena.delete(c)
                deleted += 1
            } else {
                keep.append(c)
            }
        }
        statistics.deletedClauses += deleted
        keep.sort()
        learnts = keep
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
