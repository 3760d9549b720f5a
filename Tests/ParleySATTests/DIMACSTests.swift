import Testing
@testable import ParleySAT

@Suite struct DIMACSTests {
    func parse(_ text: String) throws -> DIMACS { try DIMACS.parse(Array(text.utf8)) }

    func error(_ text: String) -> DIMACS.ParseError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as DIMACS.ParseError {
            return error
        } catch {
            return nil
        }
    }

    @Test func readsCommentsHeaderAndClausesOverSeveralLines() throws {
        let problem = try parse("c hello\np cnf 3 2\n1 -2\n 3 0 -1\n0\n")
        #expect(problem.variableCount == 3)
        #expect(problem.clauses == [[Literal(dimacs: 1), Literal(dimacs: -2), Literal(dimacs: 3)], [Literal(dimacs: -1)]])
    }

    @Test func percentLineEndsTheData() throws {
        let problem = try parse("p cnf 1 1\n1 0\n%\n0\n")
        #expect(problem.clauses.count == 1)
    }

    @Test func badHeaderNamesItsLine() {
        #expect(error("c x\np cnf x 2\n") == DIMACS.ParseError(line: 2, message: "bad header; expected 'p cnf VARIABLES CLAUSES'"))
    }

    @Test func literalBeyondDeclaredVariablesIsAnError() {
        #expect(error("p cnf 2 1\n1 3 0\n")?.line == 2)
    }

    @Test func missingTerminatingZeroIsAnError() {
        #expect(error("p cnf 2 1\n1 2\n")?.message == "the last clause is not ended by 0")
    }

    @Test func garbageIsAnError() {
        #expect(error("p cnf 2 1\n1 x 0\n")?.line == 2)
        #expect(error("\u{0}\u{1}garbage")?.line == 1)
        #expect(error("")?.message == "no 'p cnf' header")
    }

    @Test func clauseCountMismatchIsAnError() {
        #expect(error("p cnf 2 2\n1 0\n") != nil)
    }

    @Test func hugeNumbersAreErrorsNotTraps() {
        #expect(error("p cnf 2 1\n99999999999999999999999 0\n") != nil)
        #expect(error("p cnf 99999999999999 1\n1 0\n") != nil)
    }
}
