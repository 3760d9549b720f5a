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
/// the map already rules out, and no solver call is made for a subset that
/// contains a MUS found already or lies inside a set known satisfiable.
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
    /// Subsets known to be satisfiable, as membership flags: the MSSes and,
    /// for each model met while shrinking, every element whose witnesses
    /// hold in it. A subset of one of them needs no solver call.
    private var satisfiableSupersets: [[Bool]] = []

    init(solver: Solver, elements: [[Literal]], witnesses: [[Literal]], limit: Int) {
        self.solver = solver
        self.elements = elements
        self.witnesses = witnesses
        self.limit = limit
    }

    /// The solver calls made so far.
    private(set) var solverCalls = 0

    /// Solves with the subset's assumption literals (and `hard`).
    private mutating func solve(_ subset: [Int]) -> SolveResult {
        solverCalls += 1
        return solver.solve(assuming: hard + subset.flatMap { elements[$0] })
    }

    private func holds(_ literals: [Literal], in model: [Bool]) -> Bool {
        literals.allSatisfy { $0.isTrue(in: model) }
    }

    /// Whether the subset lies inside a set already known satisfiable.
    private func isKnownSatisfiable(_ subset: [Int]) -> Bool {
        satisfiableSupersets.contains { known in subset.allSatisfy { known[$0] } }
    }

    /// Whether the subset, given by membership flags, contains a MUS
    /// already found, and so is unsatisfiable.
    private func containsKnownCore(_ members: [Bool]) -> Bool {
        unsatisfiableCores.contains { core in core.allSatisfy { members[$0] } }
    }

    /// Records that the elements whose witnesses hold in the model form a
    /// satisfiable set.
    private mutating func rememberSatisfiable(_ model: [Bool]) {
        satisfiableSupersets.append(elements.indices.map { holds(witnesses[$0], in: model) })
    }

    mutating func run() {
        let map = Solver()
        let mapLiterals = elements.map { _ in map.newVariable().literal() }
        while true {
            let next = map.solve()
            guard next == .satisfiable else { return }
            var seed = elements.indices.filter { map.model[$0] }
            switch solve(seed) {
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
                    // A MUS found earlier inside the trial decides it
                    // without the solver.
                    inSeed[i] = true
                    let knownUnsatisfiable = containsKnownCore(inSeed)
                    inSeed[i] = false
                    if knownUnsatisfiable { continue }
                    let trial = seed + [i]
                    switch solve(trial) {
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
                satisfiableSupersets.append(inSeed)
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
    private mutating func shrink(_ start: [Int]) -> [Int]? {
        var current = start
        var index = 0
        while index < current.count {
            var trial = current
            trial.remove(at: index)
            // Inside a set known satisfiable, the element removed is needed,
            // as the solver would find.
            if isKnownSatisfiable(trial) {
                index += 1
                continue
            }
            switch solve(trial) {
            case .unsatisfiable:
                let used = Set(coreIndexes(trial))
                current = trial.filter { used.contains($0) }
            case .satisfiable:
                rememberSatisfiable(solver.model)
                index += 1
            case .unknown:
                return nil
            }
        }
        return current.sorted()
    }
}
