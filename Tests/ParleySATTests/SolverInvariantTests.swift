import Testing
@testable import ParleySAT
import ParleyTestSupport

/// The solver's internal invariants (Solver+Invariants.swift) hold between
/// calls, through learning, restarts, reduction and incremental use; and
/// the check does catch a broken state.
@Suite struct SolverInvariantTests {
    @Test func invariantsHoldBetweenIncrementalCalls() {
        for seed in UInt64(1)...200 {
            var rng = SeededGenerator(seed: seed &* 104_729)
            let variables = Int.random(in: 5...18, using: &rng)
            let clauses = randomCNF(variables: variables, clauseCount: variables * 4, maxWidth: 3, using: &rng)
            let solver = Solver()
            solver.ensureVariables(variables)
            for (index, clause) in clauses.enumerated() {
                solver.addClause(clause)
                if index % 7 == 0 {
                    let assumption = Variable(Int32.random(in: 0..<Int32(variables), using: &rng)).literal(negated: Bool.random(using: &rng))
                    _ = solver.solve(assuming: [assumption])
                    guard solver.isConsistent else { break }
                    #expect(solver.invariantViolations() == [], "seed \(seed)")
                }
            }
        }
    }

    @Test func invariantsHoldAfterLearntClauseReduction() {
        // PHP(8, 7) needs thousands of conflicts: reduction runs.
        let (variables, clauses) = pigeonhole(pigeons: 8, holes: 7)
        let solver = makeSolver(variables: variables, clauses: clauses)
        let extra = solver.newVariable().literal()
        #expect(solver.solve(assuming: [extra]) == .unsatisfiable)
        #expect(solver.statistics.deletedClauses > 0)
        #expect(solver.invariantViolations() == [])
    }

    @Test func aBrokenWatchListIsReported() {
        let solver = makeSolver(variables: 3, clauses: [[Literal(dimacs: 1), Literal(dimacs: 2), Literal(dimacs: 3)]])
        #expect(solver.invariantViolations() == [])
        // Drop every watcher of the clause: it is no longer watched.
        for index in solver.engine.watches.indices { solver.engine.watches[index] = [] }
        #expect(solver.invariantViolations().contains { $0.contains("watched through") })
    }
}
