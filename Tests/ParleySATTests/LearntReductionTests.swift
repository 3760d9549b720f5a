import Testing
@testable import ParleySAT

/// Learnt-clause reduction (Solver+Reduce.swift): which clauses survive.
@Suite struct LearntReductionTests {
    /// An engine over eight variables with the given learnt clauses, each
    /// with its activity, attached as the search would attach them.
    func engine(learnts: [([Int], Float)]) -> (SolverEngine, [ClauseArena.Reference]) {
        var engine = SolverEngine()
        engine.ensureVariables(8)
        var references: [ClauseArena.Reference] = []
        for (numbers, activity) in learnts {
            let c = engine.arena.add(numbers.map(Literal.init(dimacs:)), learnt: true)
            engine.arena.setActivity(c, activity)
            engine.attach(c)
            engine.learnts.append(c)
            references.append(c)
        }
        return (engine, references)
    }

    @Test func theLessActiveHalfOfLongClausesIsDeleted() {
        var (engine, c) = engine(learnts: [([1, 2, 3], 4), ([-1, 2, 4], 1), ([2, -3, 5], 3), ([1, -4, 6], 2)])
        engine.reduceLearnts()
        #expect(engine.learnts == [c[0], c[2]])
        #expect(engine.arena.isDeleted(c[1]) && engine.arena.isDeleted(c[3]))
        #expect(engine.statistics.deletedClauses == 2)
    }

    @Test func binaryClausesAreKeptWhateverTheirActivity() {
        var (engine, c) = engine(learnts: [([1, 2], 0), ([-1, 3], 0), ([2, 3, 4], 5), ([1, 3, 5], 6)])
        engine.reduceLearnts()
        #expect(engine.learnts.contains(c[0]) && engine.learnts.contains(c[1]))
        #expect(engine.learnts.count == 3)
    }

    @Test func staleClausesGoEvenInTheActiveHalf() {
        // The increment spread over four clauses is 0.25: a clause below
        // it is deleted even when it is not in the lower half.
        var (engine, _) = engine(learnts: [([1, 2, 3], 0.01), ([-1, 2, 4], 0.02), ([2, -3, 5], 0.1), ([1, -4, 6], 9)])
        engine.reduceLearnts()
        // Three quarters of the arena are now waste, so it was compacted and
        // the references renamed: compare literals.
        #expect(engine.learnts.map { engine.arena.literals($0) } == [[1, -4, 6].map(Literal.init(dimacs:))])
        #expect(engine.arena.wasted == 0)
    }

    @Test func deletedClausesLeaveTheWatchLists() {
        var (engine, c) = engine(learnts: [([1, 2, 3], 4), ([-1, 2, 4], 1)])
        engine.reduceLearnts()
        let watched = engine.watches.flatMap { $0.map(\.clause) }
        #expect(!watched.contains(c[1]))
        #expect(watched.filter { $0 == c[0] }.count == 2)
    }
}
