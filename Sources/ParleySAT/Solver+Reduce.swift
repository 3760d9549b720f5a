// Learnt-clause database reduction (Audemard & Simon 2009): clauses of low
// literal block distance (LBD) are kept for good ("glue" clauses); of the
// others, the half with the highest LBD, least active first among equals,
// is deleted, except clauses that are the reason of a current assignment.
// When deleted clauses fill half of the arena it is compacted.

extension SolverEngine {
    mutating func reduceLearnts() {
        var candidates: [ClauseArena.Reference] = []
        var keep: [ClauseArena.Reference] = []
        for c in learnts {
            if arena.lbd(c) <= 2 || isLocked(c) { keep.append(c) } else { candidates.append(c) }
        }
        candidates.sort { a, b in
            let la = arena.lbd(a), lb = arena.lbd(b)
            if la != lb { return la > lb }
            let aa = arena.activity(a), ab = arena.activity(b)
            if aa != ab { return aa < ab }
            return a < b
        }
        let deleteCount = candidates.count / 2
        for c in candidates[..<deleteCount] { arena.delete(c) }
        statistics.deletedClauses += deleteCount
        keep.append(contentsOf: candidates[deleteCount...])
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
