// Unit propagation with two watched literals and blockers (MiniSat 2.2).
//
// Each clause of two or more literals is watched by its first two. When a
// literal becomes false, only the clauses watching it are visited: if the
// watcher's blocker is true the clause is skipped unread; otherwise the
// false literal is moved to position 1 and a non-false replacement is looked
// for among the others. Without one the clause is unit (its first literal is
// implied) or, if that is false too, in conflict. Watch lists are compacted
// in place with two cursors.

extension SolverEngine {
    /// Propagates every pending assignment.
    /// - Returns: a conflicting clause, or `ClauseArena.none`.
    mutating func propagate() -> ClauseArena.Reference {
        var conflict = ClauseArena.none
        while propagationHead < trail.count {
            let p = trail[propagationHead]
            propagationHead += 1
            statistics.propagations += 1
            let falseLiteral = (!p).raw
            var list: [Watcher] = []
            swap(&list, &watches[p.index])
            let count = list.count
            var i = 0
            var j = 0
            // The clause words and the watch list are moved into locals and
            // walked through unsafe buffers: no uniqueness or bounds checks
            // in the loop that takes most of the solver's time.
            var clauseWords: [UInt32] = []
            swap(&clauseWords, &arena.words)
            clauseWords.withUnsafeMutableBufferPointer { words in
                list.withUnsafeMutableBufferPointer { list in
                    while i < count {
                        let watcher = list[i]
                        if values[watcher.blocker.index] > 0 {
                            list[j] = watcher
                            i += 1
                            j += 1
                            continue
                        }
                        i += 1
                        let base = Int(watcher.clause) + ClauseArena.headerSize
                        if words[base] == falseLiteral {
                            words[base] = words[base + 1]
                            words[base + 1] = falseLiteral
                        }
                        let first = Literal(raw: words[base])
                        let kept = Watcher(clause: watcher.clause, blocker: first)
                        if first != watcher.blocker && values[first.index] > 0 {
                            list[j] = kept
                            j += 1
                            continue
                        }
                        let size = Int(words[Int(watcher.clause)])
                        var k = 2
                        while k < size {
                            let candidate = words[base + k]
                            if values[Int(candidate)] >= 0 {
                                words[base + 1] = candidate
                                words[base + k] = falseLiteral
                                watches[Int(candidate ^ 1)].append(kept)
                                break
                            }
                            k += 1
                        }
                        if k < size { continue }
                        list[j] = kept
                        j += 1
                        if values[first.index] < 0 {
                            conflict = watcher.clause
                            propagationHead = trail.count
                            while i < count {
                                list[j] = list[i]
                                i += 1
                                j += 1
                            }
                        } else {
                            assign(first, reason: watcher.clause)
                        }
                    }
                }
            }
            swap(&clauseWords, &arena.words)
            list.removeLast(count - j)
            swap(&list, &watches[p.index])
            if conflict != ClauseArena.none { break }
        }
        return conflict
    }
}
