import Testing
@testable import ParleyAnalysis
import ParleySAT

/// The cardinality network against brute force: every assignment of a few
/// inputs, every threshold, and constant inputs mixed in.
@Suite struct CardinalityNetworkTests {
    /// Every prefix kept, for every input count up to 9: the wires, fed
    /// every 0-1 assignment, come out as the first m of the sorted inputs
    /// (0-1 principle).
    @Test func networksSortEveryAssignment() {
        for n in 0...9 {
            for m in 1...max(1, n) {
                let network = SortingNetwork(inputCount: n, keeping: m)
                #expect(network.outputs.count == min(m, n), "n \(n), m \(m)")
                for bits in 0..<(1 << n) {
                    var values = (0..<n).map { bits & (1 << $0) != 0 }
                    for c in 0..<network.comparatorCount {
                        let wire = Int32(n + 2 * c)
                        let (a, b) = network.operands(of: wire)
                        values.append(values[Int(a)] || values[Int(b)])
                        values.append(values[Int(a)] && values[Int(b)])
                    }
                    let holding = (0..<n).filter { bits & (1 << $0) != 0 }.count
                    for (j, wire) in network.outputs.enumerated() {
                        #expect(values[Int(wire)] == (holding > j), "n \(n), m \(m), inputs \(bits), output \(j)")
                    }
                }
            }
        }
    }

    /// The counts' literals, with each threshold alone and in pairs, equal
    /// "at least t hold" under every assignment of up to 7 inputs, some of
    /// them constants.
    @Test func countsMatchBruteForceForEveryThreshold() {
        for n in 0...7 {
            for constants in 0...min(2, n) {
                for t in -1...(n + 2) {
                    for pair in [false, true] {
                        let solver = Solver()
                        let circuit = Circuit(solver: solver)
                        let free = (0..<(n - constants)).map { _ in circuit.fresh() }
                        // One constant true, the next false, mixed into the list.
                        let fixed = (0..<constants).map { circuit.constant($0 == 0) }
                        var inputs = free
                        for (k, literal) in fixed.enumerated() { inputs.insert(literal, at: min(inputs.count, 2 * k)) }
                        let thresholds = pair ? [t, t + 1] : [t]
                        let counts = circuit.counts(inputs, thresholds: thresholds)
                        for bits in 0..<(1 << free.count) {
                            let values = free.indices.map { bits & (1 << $0) != 0 }
                            let assumptions = zip(free, values).map { $1 ? $0 : !$0 }
                            #expect(solver.solve(assuming: assumptions) == .satisfiable)
                            let holding = values.filter { $0 }.count + (constants > 0 ? 1 : 0)
                            for (threshold, literal) in zip(thresholds, counts) {
                                #expect(solver.modelValue(literal) == (holding >= threshold),
                                        "n \(n), constants \(constants), t \(threshold), inputs \(bits)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Forcing a count's literal true or false leaves exactly the
    /// assignments with that many holding inputs: the encoding is an
    /// equivalence in both directions, as negated demands need.
    @Test func countsForcedEitherWayAllowExactlyTheMatchingAssignments() {
        for n in [9, 12] {
            for t in [1, 3, n / 2, n - 2, n] {
                for forced in [false, true] {
                    let solver = Solver()
                    let circuit = Circuit(solver: solver)
                    let inputs = (0..<n).map { _ in circuit.fresh() }
                    let literal = circuit.counts(inputs, thresholds: [t])[0]
                    solver.addClause([forced ? literal : !literal])
                    for bits in 0..<(1 << n) where bits % 7 == 0 || bits.nonzeroBitCount == t || bits.nonzeroBitCount == t - 1 {
                        let assumptions = inputs.indices.map { bits & (1 << $0) != 0 ? inputs[$0] : !inputs[$0] }
                        let expected: SolveResult = (bits.nonzeroBitCount >= t) == forced ? .satisfiable : .unsatisfiable
                        #expect(solver.solve(assuming: assumptions) == expected, "n \(n), t \(t), forced \(forced), inputs \(bits)")
                    }
                }
            }
        }
    }
}
