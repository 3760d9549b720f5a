import ParleySAT

/// Enumerates every minimal unsatisfiable subset (MUS) and every maximal
/// satisfiable subset (MSS) of a set of elements with MARCO (Liffiton,
/// Previti, Malik and Marques-Silva 2016).
///
/// An element is a group of assumption literals on the main solver (a
/// demand's selector, or all of one party's selectors). A second solver, the
/// map, holds one variable per element and remembers which subsets are
/// explored: each loop takes an unexplored seed from the map; a satisfiable
/// seed is grown to an MSS and every subset of it is blocked; an
/// unsatisfiable one is shrunk to a MUS (deletion-based, using the solver's
/// cores to skip ahead) and every superset of it is blocked. When the map
/// has no model left, both lists are complete. No subset is scanned that
/// the map already rules out.
struct SubsetExplorer {
    let solver: Solver
    /// Each element's assumption literals.
    let elements: [[Literal]]
    /// Literals true in a model whenever adding the element to a
    /// satisfiable subset keeps it satisfiable in that same model (a
    /// demand's condition): growing checks them before calling the solver.
    let witnesses: [[Literal]]
    /// The most MUSes (and, separately, MSSes) to find.
    let limit: Int
    /// Literals assumed in every solve: constraints outside the elements
    /// (`explain` fixes an issue's value this way).
    var hard: [Literal] = []

    private(set) var unsatisfiableCores: [[Int]] = []
    private(set) var satisfiableSets: [[Int]] = []
    /// What ended the exploration early (`limit` or `timeout`), if anything.
    private(set) var cut: CutReason?

    init(solver: Solver, elements: [[Literal]], witnesses: [[Literal]], limit: Int) {
        self.solver = solver
        self.elements = elements
        self.witnesses = witnesses
        self.limit = limit
    }

    private func assumptions(_ subset: [Int]) -> [Literal] {
        hard + subset.flatMap { elements[$0] }
    }

    private func holds(_ literals: [Literal], in model: [Bool]) -> Bool {
        literals.allSatisfy { $0.isTrue(in: model) }
    }

    mutating func run() {
        let map = Solver()
        let mapLiterals = elements.map { _ in map.newVariable().literal() }
        while true {
            let next = map.solve()
            guard next == .satisfiable else { return }
            var seed = elements.indices.filter { map.model[$0] }
            switch solver.solve(assuming: assumptions(seed)) {
            case .unknown:
                cut = .timeout
                return
            case .satisfiable:
                var model = solver.model
                var inSeed = Array(repeating: false, count: elements.count)
                for i in seed { inSeed[i] = true }
                for i in elements.indices where !inSeed[i] {
                    if holds(witnesses[i], in: model) {
                        inSeed[i] = true
                        seed.append(i)
                        continue
                    }
                    let trial = seed + [i]
                    switch solver.solve(assuming: assumptions(trial)) {
                    case .satisfiable:
                        model = solver.model
                        inSeed[i] = true
                        seed = trial
                    case .unsatisfiable:
                        break
                    case .unknown:
                        cut = .timeout
                        return
                    }
                }
                satisfiableSets.append(seed.sorted())
                let complement = elements.indices.filter { !inSeed[$0] }
                if complement.isEmpty { return }
                map.addClause(complement.map { mapLiterals[$0] })
                if satisfiableSets.count >= limit {
                    cut = .limit
                    return
                }
            case .unsatisfiable:
                guard let core = shrink(coreIndexes(seed)) else {
                    cut = .timeout
                    return
                }
                unsatisfiableCores.append(core)
                if core.isEmpty { return }
                map.addClause(core.map { !mapLiterals[$0] })
                if unsatisfiableCores.count >= limit {
                    cut = .limit
                    return
                }
            }
        }
    }

    /// The elements of a subset that the solver's last core used.
    private func coreIndexes(_ subset: [Int]) -> [Int] {
        let core = Set(solver.core)
        return subset.filter { element in elements[element].contains { core.contains($0) } }
    }

    /// Shrinks an unsatisfiable subset to a minimal one; nil on a timeout.
    private func shrink(_ start: [Int]) -> [Int]? {
        var current = start
        var index = 0
        while index < current.count {
            var trial = current
            trial.remove(at: index)
            switch solver.solve(assuming: assumptions(trial)) {
            case .unsatisfiable:
                let used = Set(coreIndexes(trial))
                current = trial.filter { used.contains($0) }
            case .satisfiable:
                index += 1
            case .unknown:
                return nil
            }
        }
        return current.sorted()
    }
}
