import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleySAT

/// Long `atleast`/`atmost`/`exactly` lists (the cardinality network) and
/// short ones (the sequential counter) against the conditions' own
/// evaluation, in every agreement of a small domain.
@Suite struct ScenarioEncodingCountTests {
    static let atoms = [
        "a == x", "a != y", "b in {x, z}", "f", "n >= 3", "n <= 1", "a == z or f", "b == y and n >= 2",
        "not f", "b != x", "n == 4", "a in {x, y}", "n + 0 >= 5", "b == z", "f iff a == y",
    ]

    @Test(arguments: [3, 8, 9, 15])
    func everyKindAndThresholdHoldsWhereTheConditionDoes(length: Int) throws {
        var demands: [String] = []
        for kind in ["atleast", "atmost", "exactly"] {
            for k in 0...length {
                demands.append("\(kind) \(k) of {" + Self.atoms.prefix(length).joined(separator: ", ") + "}")
            }
        }
        let text = "issue a: x | y | z\nissue b: x | y | z\nissue f: bool\nissue n: 0..5\nparty p {\n"
            + demands.enumerated().map { "  demand d\($0.offset): \($0.element)\n" }.joined() + "}\n"
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "counts", text: text)).0)
        let encoding = ScenarioEncoding(issues: scenario.issues)
        let conditions = scenario.parties[0].demands.map(\.condition)
        let literals = conditions.map { encoding.literal(for: $0) }
        for a in 0..<3 {
            for b in 0..<3 {
                for f in 0..<2 {
                    for n in 0...5 {
                        let values: [Int64] = [Int64(a), Int64(b), Int64(f), Int64(n)]
                        let assumptions = values.indices.map { encoding.equals(issue: $0, value: values[$0]) }
                        #expect(encoding.solver.solve(assuming: assumptions) == .satisfiable)
                        for (condition, literal) in zip(conditions, literals) {
                            #expect(encoding.solver.modelValue(literal) == condition.holds(values), "\(values): \(condition)")
                        }
                    }
                }
            }
        }
    }
}
