import Testing
@testable import ParleyAnalysis
import ParleySAT

/// Every gate against its truth table: the inputs are assumed in every
/// combination and the output read from the model.
@Suite struct CircuitTests {
    /// Calls `check` with each assignment of `count` inputs and a model
    /// under it.
    func everyAssignment(_ solver: Solver, _ inputs: [Literal], _ check: ([Bool]) -> Void) {
        for bits in 0..<(1 << inputs.count) {
            let values = inputs.indices.map { bits & (1 << $0) != 0 }
            let assumptions = zip(inputs, values).map { $1 ? $0 : !$0 }
            #expect(solver.solve(assuming: assumptions) == .satisfiable)
            check(values)
        }
    }

    @Test func andOrXorMatchTheirTruthTables() {
        let solver = Solver()
        let circuit = Circuit(solver: solver)
        let inputs = (0..<3).map { _ in circuit.fresh() }
        let and = circuit.and(inputs), or = circuit.or(inputs), xor = circuit.xor(inputs[0], inputs[1])
        everyAssignment(solver, inputs) { v in
            #expect(solver.modelValue(and) == (v[0] && v[1] && v[2]))
            #expect(solver.modelValue(or) == (v[0] || v[1] || v[2]))
            #expect(solver.modelValue(xor) == (v[0] != v[1]))
        }
    }

    @Test func constantsFoldWithoutClauses() {
        let solver = Solver()
        let circuit = Circuit(solver: solver)
        let x = circuit.fresh()
        #expect(circuit.and([x, circuit.trueLiteral]) == x)
        #expect(circuit.and([x, !x]) == circuit.falseLiteral)
        #expect(circuit.or([x, circuit.trueLiteral]) == circuit.trueLiteral)
        #expect(circuit.xor(x, circuit.falseLiteral) == x)
        #expect(circuit.and([]) == circuit.trueLiteral && circuit.or([]) == circuit.falseLiteral)
    }

    @Test func addMultiplyAndCompareBitVectors() {
        let solver = Solver()
        let circuit = Circuit(solver: solver)
        let a = (0..<3).map { _ in circuit.fresh() }
        let b = (0..<3).map { _ in circuit.fresh() }
        let sum = circuit.add(a, b)
        let triple = circuit.multiply(a, by: 3)
        let atLeast = (0...9).map { circuit.atLeast(sum, Int128($0)) }
        everyAssignment(solver, a + b) { v in
            func number(_ bits: ArraySlice<Bool>) -> Int64 { bits.enumerated().reduce(0) { $0 | ($1.element ? 1 << $1.offset : 0) } }
            let x = number(v[0..<3]), y = number(v[3..<6])
            let model = solver.model
            #expect(BinaryNumber.value(of: sum, in: model) == x + y)
            #expect(BinaryNumber.value(of: triple, in: model) == 3 * x)
            for k in 0...9 { #expect(solver.modelValue(atLeast[k]) == (x + y >= Int64(k)), "\(x)+\(y) >= \(k)") }
        }
    }

    @Test func countersCountTheInputsThatHold() {
        let solver = Solver()
        let circuit = Circuit(solver: solver)
        let inputs = (0..<4).map { _ in circuit.fresh() }
        let counts = circuit.atLeastCounts(inputs, upTo: 3)
        everyAssignment(solver, inputs) { v in
            let holding = v.filter { $0 }.count
            for j in 0...3 { #expect(solver.modelValue(counts[j]) == (holding >= j)) }
        }
    }

    @Test func binaryGatesAreTheirArrayFormsExactly() {
        // Two circuits built alike, one through each form: the same output
        // literal and the same fresh variables, for every
        // pair of inputs among constants, a literal, its negation and another.
        let forms = (0..<6).flatMap { a in (0..<6).map { b in (a, b) } }
        for (a, b) in forms {
            let (byArrays, byPairs) = (Solver(), Solver())
            let (arrays, pairs) = (Circuit(solver: byArrays), Circuit(solver: byPairs))
            func operands(_ circuit: Circuit) -> [Literal] {
                let x = circuit.fresh(), y = circuit.fresh()
                return [circuit.trueLiteral, circuit.falseLiteral, x, !x, y, !y]
            }
            let (left, right) = (operands(arrays), operands(pairs))
            #expect(arrays.and([left[a], left[b]]) == pairs.and(right[a], right[b]), "and \(a) \(b)")
            #expect(arrays.or([left[a], left[b]]) == pairs.or(right[a], right[b]), "or \(a) \(b)")
            #expect(byArrays.variableCount == byPairs.variableCount, "\(a) \(b)")
        }
    }

    @Test func binaryAndOrMatchTheirTruthTables() {
        let solver = Solver()
        let circuit = Circuit(solver: solver)
        let x = circuit.fresh(), y = circuit.fresh()
        let and = circuit.and(x, !y), or = circuit.or(!x, y)
        everyAssignment(solver, [x, y]) { v in
            #expect(solver.modelValue(and) == (v[0] && !v[1]))
            #expect(solver.modelValue(or) == (!v[0] || v[1]))
        }
    }
}
