import ParleySAT

/// Every minimal hitting set of a family of sets (the minimal concession
/// sets of a dispute, from its conflicts), enumerated with a small SAT
/// solver: find a hitting set, shrink it greedily to a minimal one, forbid
/// its supersets, repeat.
enum HittingSets {
    /// - Parameters:
    ///   - sets: the sets to hit, over elements `0..<count`.
    ///   - limit: the most hitting sets to return.
    /// - Returns: the minimal hitting sets (each ascending), and whether the
    ///   limit cut the list.
    static func minimal(of sets: [[Int]], count: Int, limit: Int) -> ([[Int]], Bool) {
        let solver = Solver()
        solver.ensureVariables(count)
        for set in sets { solver.addClause(set.map { Variable(Int32($0)).literal() }) }
        var result: [[Int]] = []
        while solver.solve() == .satisfiable {
            var chosen = Set((0..<count).filter { solver.model[$0] })
            for element in chosen.sorted() {
                chosen.remove(element)
                if !sets.allSatisfy({ $0.contains { chosen.contains($0) } }) { chosen.insert(element) }
            }
            let minimal = chosen.sorted()
            result.append(minimal)
            if result.count >= limit { return (result, true) }
            if minimal.isEmpty { break }
            solver.addClause(minimal.map { Variable(Int32($0)).literal(negated: true) })
        }
        return (result, false)
    }
}
