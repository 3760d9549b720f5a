import Testing
@testable import ParleyAnalysis
import ParleySAT
import ParleyTestSupport

/// MARCO against brute force: elements are random clauses over a few
/// variables, each behind its own selector; every minimal unsatisfiable and
/// every maximal satisfiable set of elements is found, and nothing else.
@Suite struct SubsetExplorerTests {
    struct Instance {
        var variables: Int
        /// Each element's clause, as DIMACS numbers.
        var clauses: [[Int]]

        func satisfiable(_ subset: Int) -> Bool {
            (0..<(1 << variables)).contains { assignment in
                clauses.indices.allSatisfy { i in
                    subset & (1 << i) == 0 || clauses[i].contains { l in (assignment & (1 << (abs(l) - 1)) != 0) == (l > 0) }
                }
            }
        }
    }

    static func instance(seed: UInt64) -> Instance {
        var rng = SeededGenerator(seed: seed)
        let variables = Int.random(in: 1...4, using: &rng)
        let clauses = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
            (0..<Int.random(in: 1...2, using: &rng)).map { _ in Int.random(in: 1...variables, using: &rng) * (Bool.random(using: &rng) ? 1 : -1) }
        }
        return Instance(variables: variables, clauses: clauses)
    }

    @Test func everyMinimalConflictAndMaximalAgreementIsFound() {
        for seed in UInt64(1)...300 {
            let instance = Self.instance(seed: seed)
            let solver = Solver()
            let circuit = Circuit(solver: solver)
            let inputs = (0..<instance.variables).map { _ in circuit.fresh() }
            var selectors: [Literal] = []
            var witnesses: [Literal] = []
            for clause in instance.clauses {
                let holds = circuit.or(clause.map { $0 > 0 ? inputs[$0 - 1] : !inputs[-$0 - 1] })
                let selector = circuit.fresh()
                solver.addClause([!selector, holds])
                selectors.append(selector)
                witnesses.append(holds)
            }
            var explorer = SubsetExplorer(solver: solver, elements: selectors.map { [$0] }, witnesses: witnesses.map { [$0] }, limit: 1_000)
            explorer.run()
            let n = instance.clauses.count
            let sat = (0..<(1 << n)).filter(instance.satisfiable)
            let unsat = (0..<(1 << n)).filter { !instance.satisfiable($0) }
            let maximal = sat.filter { s in !sat.contains { $0 != s && $0 & s == s } }
            let minimal = unsat.filter { s in !unsat.contains { $0 != s && $0 & s == $0 } }
            func members(_ s: Int) -> [Int] { (0..<n).filter { s & (1 << $0) != 0 } }
            #expect(explorer.cut == nil)
            #expect(Set(explorer.unsatisfiableCores) == Set(minimal.map(members)), "seed \(seed): \(instance.clauses)")
            #expect(Set(explorer.satisfiableSets) == Set(maximal.map(members)), "seed \(seed): \(instance.clauses)")
        }
    }

    /// An explorer over `pairs` variables, each as two elements `x` and
    /// `not x`: `pairs` conflicts of two elements, 2^pairs agreements.
    static func pairedConflicts(_ pairs: Int, limit: Int) -> SubsetExplorer {
        let solver = Solver()
        let circuit = Circuit(solver: solver)
        var elements: [[Literal]] = []
        var witnesses: [[Literal]] = []
        for _ in 0..<pairs {
            let x = circuit.fresh()
            for literal in [x, !x] {
                let selector = circuit.fresh()
                solver.addClause([!selector, literal])
                elements.append([selector])
                witnesses.append([literal])
            }
        }
        return SubsetExplorer(solver: solver, elements: elements, witnesses: witnesses, limit: limit)
    }

    @Test func theLimitStopsTheExploration() {
        // x and not x, three times over: three conflicts of two elements.
        var explorer = Self.pairedConflicts(3, limit: 2)
        explorer.run()
        #expect(explorer.cut == .limit)
        #expect(explorer.unsatisfiableCores.count <= 2 && explorer.satisfiableSets.count <= 2)
    }

    @Test func knownConflictsAndAgreementsSaveSolverCalls() {
        // x and not x, six times over: 6 conflicts and 64 agreements. Grown
        // one by one, each agreement would try its six missing elements
        // (384 calls beside the 70 seeds, nearly all of them trials holding
        // a conflict already found); with what is known, few calls beyond
        // the seeds are left.
        var explorer = Self.pairedConflicts(6, limit: 1_000)
        explorer.run()
        #expect(explorer.cut == nil)
        #expect(explorer.unsatisfiableCores.count == 6)
        #expect(explorer.satisfiableSets.count == 64)
        #expect(explorer.solverCalls <= 3 * 64)
    }
}
