// libFuzzer target: any bytes as DIMACS; what parses is solved under a
// small conflict budget, and a model must satisfy every clause.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDIMACS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let problem = try? DIMACS.parse(Array(UnsafeBufferPointer(start: data, count: size))),
          problem.variableCount <= 10_000 else { return 0 }
    let solver = Solver()
    solver.ensureVariables(problem.variableCount)
    for clause in problem.clauses { solver.addClause(clause) }
    solver.conflictLimit = 1_000
    if solver.solve() == .satisfiable {
        for clause in problem.clauses where !clause.contains(where: { solver.model[Int($0.variable.index)] != $0.isNegated }) {
            fatalError("model breaks a clause")
        }
    }
    return 0
}
