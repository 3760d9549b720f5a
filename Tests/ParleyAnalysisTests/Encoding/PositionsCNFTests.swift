import Testing
import ParleyAnalysis
import ParleyModel
import ParleySAT

/// The clauses written out for a solver outside Parley are the analysis's
/// own: solved alone, with the demands' selectors assumed, they give the
/// same verdicts as the analysis.
@Suite struct PositionsCNFTests {
    static let source = """
        issue border: north | middle | south
        issue neutral: bool
        issue troops: 0..100
        party east "Eastland" {
          demand line: border != north
          demand pledge: neutral
        }
        party west "Westland" {
          demand no_pledge: not neutral
          demand army: troops >= 50
        }
        """

    /// Solves the exported clauses with the selectors of the demands kept.
    static func solve(_ cnf: PositionsCNF, keeping kept: (DemandID) -> Bool) -> SolveResult {
        let solver = Solver()
        solver.ensureVariables(cnf.variableCount)
        for block in cnf.blocks {
            for clause in block.clauses { _ = solver.addClause(clause.map { Literal(dimacs: $0) }) }
        }
        return solver.solve(assuming: cnf.demands.filter { kept($0.id) }.map { Literal(dimacs: $0.selector) })
    }

    @Test func theExportedClausesGiveTheAnalysisVerdicts() throws {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t.parley", bytes: Array(Self.source.utf8))).0)
        let cnf = PositionsCNF(issues: scenario.issues, parties: scenario.parties)
        #expect(cnf.demands.map(\.id.qualifiedName) == ["east.line", "east.pledge", "west.no_pledge", "west.army"])
        #expect(cnf.blocks.map(\.label) == ["constant", "issue 0", "issue 1", "issue 2", "demand 0", "demand 1", "demand 2", "demand 3"])
        #expect(Analyzer.analyze(issues: scenario.issues, parties: scenario.parties).feasible == false)
        #expect(Self.solve(cnf) { _ in true } == .unsatisfiable)
        #expect(Self.solve(cnf) { $0.name != "no_pledge" } == .satisfiable)
    }

    @Test func anIntegerIssueIsBoundedByItsOwnBlock() throws {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t.parley", bytes: Array(Self.source.utf8))).0)
        let cnf = PositionsCNF(issues: scenario.issues, parties: scenario.parties)
        guard case .integer(let bits, let low, let high) = cnf.issues[2] else { Issue.record("troops is not an integer"); return }
        #expect(bits.count == 7 && low == 0 && high == 100)
        // 101 = 0b1100101: with every bit set (127) the issue's block must fail.
        let solver = Solver()
        solver.ensureVariables(cnf.variableCount)
        for block in cnf.blocks.prefix(4) {
            for clause in block.clauses { _ = solver.addClause(clause.map { Literal(dimacs: $0) }) }
        }
        #expect(solver.solve(assuming: bits.map { Literal(dimacs: $0) }) == .unsatisfiable)
        #expect(solver.solve(assuming: bits.map { Literal(dimacs: -$0) }) == .satisfiable)
    }
}
