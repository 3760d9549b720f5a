import ParleySAT
import ParleyTestSupport

/// The test oracle: decides small CNFs by trying every assignment, with
/// clauses as bit masks so that it stays quick even in debug builds.
struct BruteForce {
    let variables: Int
    let positive: [UInt32]
    let negative: [UInt32]

    init(variables: Int, clauses: [[Literal]]) {
        precondition(variables <= 20)
        self.variables = variables
        positive = clauses.map { $0.reduce(0) { $1.isNegated ? $0 : $0 | 1 << UInt32($1.variable.index) } }
        negative = clauses.map { $0.reduce(0) { $1.isNegated ? $0 | 1 << UInt32($1.variable.index) : $0 } }
    }

    /// Whether the assignment (bit i = variable i) satisfies every clause.
    func satisfies(_ assignment: UInt32) -> Bool {
        for i in positive.indices where positive[i] & assignment == 0 && negative[i] & ~assignment == 0 {
            return false
        }
        return true
    }

    /// Whether some assignment satisfies every clause and the fixed literals.
    func isSatisfiable(assuming fixed: [Literal] = []) -> Bool {
        var mustBeTrue: UInt32 = 0
        var mustBeFalse: UInt32 = 0
        for literal in fixed {
            if literal.isNegated { mustBeFalse |= 1 << UInt32(literal.variable.index) } else { mustBeTrue |= 1 << UInt32(literal.variable.index) }
        }
        if mustBeTrue & mustBeFalse != 0 { return false }
        for assignment in UInt32(0)..<(UInt32(1) << UInt32(variables))
        where assignment & mustBeTrue == mustBeTrue && assignment & mustBeFalse == 0 && satisfies(assignment) {
            return true
        }
        return false
    }
}

/// A random CNF: `clauseCount` clauses of 1 to `maxWidth` distinct variables.
func randomCNF(variables: Int, clauseCount: Int, maxWidth: Int, using rng: inout SeededGenerator) -> [[Literal]] {
    (0..<clauseCount).map { _ in
        let width = Int.random(in: 1...min(maxWidth, variables), using: &rng)
        var chosen = Array(0..<variables).shuffled(using: &rng).prefix(width)
        chosen.sort()
        return chosen.map { Variable(Int32($0)).literal(negated: Bool.random(using: &rng)) }
    }
}

/// Whether a model (by variable) satisfies every clause.
func modelSatisfies(_ model: [Bool], _ clauses: [[Literal]]) -> Bool {
    clauses.allSatisfy { clause in clause.contains { model[Int($0.variable.index)] != $0.isNegated } }
}

/// A solver holding the clauses.
func makeSolver(variables: Int, clauses: [[Literal]]) -> Solver {
    let solver = Solver()
    solver.ensureVariables(variables)
    for clause in clauses { solver.addClause(clause) }
    return solver
}

/// PHP(pigeons, holes): each pigeon in some hole, no two in one.
func pigeonhole(pigeons: Int, holes: Int) -> (Int, [[Literal]]) {
    func x(_ p: Int, _ h: Int) -> Literal { Variable(Int32(p * holes + h)).literal() }
    var clauses: [[Literal]] = []
    for p in 0..<pigeons { clauses.append((0..<holes).map { x(p, $0) }) }
    for h in 0..<holes {
        for p in 0..<pigeons {
            for q in (p + 1)..<pigeons { clauses.append([!x(p, h), !x(q, h)]) }
        }
    }
    return (pigeons * holes, clauses)
}
