import Testing
@testable import ParleySAT
import ParleyTestSupport

@Suite struct SolverTests {
    @Test func randomFormulasAgreeWithBruteForce() {
        var checked = 0
        for seed in UInt64(1)...5_000 {
            var rng = SeededGenerator(seed: seed)
            let variables = Int.random(in: 1...14, using: &rng)
            // Ratios from 0.5 to 8 clauses per variable cover both sides of
            // the threshold.
            let ratio = Double.random(in: 0.5...8, using: &rng)
            let clauses = randomCNF(variables: variables, clauseCount: max(1, Int(Double(variables) * ratio)), maxWidth: 4, using: &rng)
            let solver = makeSolver(variables: variables, clauses: clauses)
            let result = solver.solve()
            let expected = BruteForce(variables: variables, clauses: clauses).isSatisfiable()
            #expect(result == (expected ? .satisfiable : .unsatisfiable), "seed \(seed)")
            if result == .satisfiable {
                #expect(modelSatisfies(solver.model, clauses), "seed \(seed)")
            }
            checked += 1
        }
        #expect(checked == 5_000)
    }

    @Test func coreIsAnUnsatisfiableSubsetOfTheAssumptions() {
        var unsatisfiableCases = 0
        for seed in UInt64(1)...1_500 {
            var rng = SeededGenerator(seed: seed &* 7919)
            let variables = Int.random(in: 3...12, using: &rng)
            let clauses = randomCNF(variables: variables, clauseCount: variables * 2, maxWidth: 3, using: &rng)
            let assumptions = (0..<Int.random(in: 1...variables, using: &rng)).map { _ in
                Variable(Int32.random(in: 0..<Int32(variables), using: &rng)).literal(negated: Bool.random(using: &rng))
            }
            let oracle = BruteForce(variables: variables, clauses: clauses)
            let solver = makeSolver(variables: variables, clauses: clauses)
            let result = solver.solve(assuming: assumptions)
            let expected = oracle.isSatisfiable(assuming: assumptions)
            #expect(result == (expected ? .satisfiable : .unsatisfiable), "seed \(seed)")
            if result == .satisfiable {
                #expect(modelSatisfies(solver.model, clauses), "seed \(seed)")
                #expect(assumptions.allSatisfy { solver.model[Int($0.variable.index)] != $0.isNegated }, "seed \(seed)")
            } else {
                unsatisfiableCases += 1
                #expect(Set(solver.core).isSubset(of: Set(assumptions)), "seed \(seed)")
                #expect(!oracle.isSatisfiable(assuming: solver.core), "seed \(seed)")
            }
        }
        #expect(unsatisfiableCases > 100)
    }

    @Test func incrementalCallsAgreeWithFreshSolvers() {
        for seed in UInt64(1)...300 {
            var rng = SeededGenerator(seed: seed &+ 1_000_003)
            let variables = Int.random(in: 4...12, using: &rng)
            let incremental = Solver()
            incremental.ensureVariables(variables)
            var clauses: [[Literal]] = []
            for round in 0..<8 {
                let batch = randomCNF(variables: variables, clauseCount: variables / 2 + 1, maxWidth: 3, using: &rng)
                clauses += batch
                for clause in batch { incremental.addClause(clause) }
                let assumptions = [Variable(Int32.random(in: 0..<Int32(variables), using: &rng)).literal(negated: Bool.random(using: &rng))]
                let fresh = makeSolver(variables: variables, clauses: clauses)
                let a = incremental.solve(assuming: assumptions)
                let b = fresh.solve(assuming: assumptions)
                #expect(a == b, "seed \(seed) round \(round)")
                if a == .satisfiable { #expect(modelSatisfies(incremental.model, clauses), "seed \(seed) round \(round)") }
            }
        }
    }

    @Test(arguments: 1...8) func pigeonholeIsUnsatisfiable(holes: Int) {
        let (variables, clauses) = pigeonhole(pigeons: holes + 1, holes: holes)
        #expect(makeSolver(variables: variables, clauses: clauses).solve() == .unsatisfiable)
    }

    @Test func pigeonholeWithAsManyHolesIsSatisfiable() {
        let (variables, clauses) = pigeonhole(pigeons: 7, holes: 7)
        let solver = makeSolver(variables: variables, clauses: clauses)
        #expect(solver.solve() == .satisfiable)
        #expect(modelSatisfies(solver.model, clauses))
    }

    @Test func conflictBudgetGivesUnknownOnHardPigeonhole() {
        let (variables, clauses) = pigeonhole(pigeons: 11, holes: 10)
        let solver = makeSolver(variables: variables, clauses: clauses)
        solver.conflictLimit = 200
        #expect(solver.solve() == .unknown)
        #expect(solver.statistics.conflicts == 200)
    }

    @Test func pastDeadlineGivesUnknown() {
        let (variables, clauses) = pigeonhole(pigeons: 11, holes: 10)
        let solver = makeSolver(variables: variables, clauses: clauses)
        solver.deadline = ContinuousClock.now
        #expect(solver.solve() == .unknown)
    }

    @Test func raisedStopSignalGivesUnknown() {
        let (variables, clauses) = pigeonhole(pigeons: 11, holes: 10)
        let solver = makeSolver(variables: variables, clauses: clauses)
        let stop = StopSignal()
        solver.stopSignal = stop
        stop.raise()
        #expect(solver.solve() == .unknown)
    }

    @Test func sameCallsGiveSameStatistics() {
        let (variables, clauses) = pigeonhole(pigeons: 8, holes: 7)
        let first = makeSolver(variables: variables, clauses: clauses)
        let second = makeSolver(variables: variables, clauses: clauses)
        #expect(first.solve() == second.solve())
        #expect(first.statistics == second.statistics)
    }

    @Test func emptyClauseMakesTheSolverInconsistent() {
        let solver = Solver()
        solver.ensureVariables(1)
        #expect(solver.addClause([]) == false)
        #expect(solver.solve() == .unsatisfiable)
        #expect(solver.core.isEmpty)
    }

    @Test func contradictoryAssumptionsFormTheCore() {
        let solver = Solver()
        let v = solver.newVariable()
        #expect(solver.solve(assuming: [v.literal(), v.literal(negated: true)]) == .unsatisfiable)
        #expect(Set(solver.core) == [v.literal(), v.literal(negated: true)])
        #expect(solver.solve() == .satisfiable)
    }

    @Test func learntClausesAreKeptAcrossCalls() {
        let (variables, clauses) = pigeonhole(pigeons: 7, holes: 6)
        let solver = makeSolver(variables: variables, clauses: clauses)
        let selector = solver.newVariable().literal()
        #expect(solver.solve(assuming: [selector]) == .unsatisfiable)
        #expect(solver.statistics.learntClauses > 0)
        let before = solver.statistics.conflicts
        #expect(solver.solve(assuming: [selector]) == .unsatisfiable)
        // The clauses alone are unsatisfiable; the second call reuses what the
        // first learnt and needs far fewer conflicts.
        #expect(solver.statistics.conflicts - before < before)
    }

    /// Clauses with repeated literals, tautologies and literals already
    /// fixed at level 0, in any order and up to 12 wide (past the short
    /// clauses' insertion sort).
    func messyCNF(variables: Int, clauseCount: Int, using rng: inout SeededGenerator) -> [[Literal]] {
        (0..<clauseCount).map { _ in
            (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                Variable(Int32.random(in: 0..<Int32(variables), using: &rng)).literal(negated: Bool.random(using: &rng))
            }
        }
    }

    @Test func messyClausesAgreeWithBruteForce() {
        for seed in UInt64(1)...1_500 {
            var rng = SeededGenerator(seed: seed &* 104_729)
            let variables = Int.random(in: 1...10, using: &rng)
            // Units first, so that later clauses meet literals fixed at level 0.
            let units = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                [Variable(Int32.random(in: 0..<Int32(variables), using: &rng)).literal(negated: Bool.random(using: &rng))]
            }
            let clauses = units + messyCNF(variables: variables, clauseCount: Int.random(in: 1...40, using: &rng), using: &rng)
            let solver = makeSolver(variables: variables, clauses: clauses)
            let expected = BruteForce(variables: variables, clauses: clauses).isSatisfiable()
            #expect(solver.solve() == (expected ? .satisfiable : .unsatisfiable), "seed \(seed)")
            if expected { #expect(modelSatisfies(solver.model, clauses), "seed \(seed)") }
        }
    }

    @Test func shortClauseOverloadsBuildTheSameSolverAsArrays() {
        for seed in UInt64(1)...1_000 {
            var rng = SeededGenerator(seed: seed &* 7_907)
            let variables = Int.random(in: 2...12, using: &rng)
            let clauses = (0..<Int.random(in: 1...50, using: &rng)).map { _ in
                (0..<Int.random(in: 2...3, using: &rng)).map { _ in
                    Variable(Int32.random(in: 0..<Int32(variables), using: &rng)).literal(negated: Bool.random(using: &rng))
                }
            }
            let byArrays = makeSolver(variables: variables, clauses: clauses)
            let byOverloads = Solver()
            byOverloads.ensureVariables(variables)
            for clause in clauses {
                if clause.count == 2 {
                    byOverloads.addClause(clause[0], clause[1])
                } else {
                    byOverloads.addClause(clause[0], clause[1], clause[2])
                }
            }
            #expect(byArrays.isConsistent == byOverloads.isConsistent, "seed \(seed)")
            #expect(byArrays.solve() == byOverloads.solve(), "seed \(seed)")
            #expect(byArrays.model == byOverloads.model, "seed \(seed)")
            #expect(byArrays.statistics == byOverloads.statistics, "seed \(seed)")
        }
    }

    @Test func shortClauseOverloadsAreLogged() {
        let solver = Solver()
        solver.clauseLog = []
        let a = solver.newVariable().literal(), b = solver.newVariable().literal(), c = solver.newVariable().literal()
        solver.addClause(a, !b)
        solver.addClause(!a, b, c)
        #expect(solver.clauseLog == [[a, !b], [!a, b, c]])
    }
}
