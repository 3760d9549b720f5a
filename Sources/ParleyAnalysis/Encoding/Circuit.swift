import ParleySAT

/// Builds Boolean gates on a solver with the Tseitin transformation: each
/// gate gets a fresh variable constrained to be equivalent to its function,
/// so that any gate's output can be asserted, negated or assumed.
///
/// Constant inputs are folded away: a literal known true (``trueLiteral``)
/// or false never reaches a clause.
struct Circuit {
    let solver: Solver
    /// A literal fixed to true; its negation is false.
    let trueLiteral: Literal
    var falseLiteral: Literal { !trueLiteral }

    init(solver: Solver) {
        self.solver = solver
        trueLiteral = solver.newVariable().literal()
        solver.addClause([trueLiteral])
    }

    func constant(_ value: Bool) -> Literal { value ? trueLiteral : falseLiteral }

    func fresh() -> Literal { solver.newVariable().literal() }

    /// A literal equivalent to the conjunction (true for no inputs).
    func and(_ inputs: [Literal]) -> Literal {
        var kept: [Literal] = []
        for input in inputs {
            if input == falseLiteral { return falseLiteral }
            if input == trueLiteral || kept.contains(input) { continue }
            if kept.contains(!input) { return falseLiteral }
            kept.append(input)
        }
        if kept.isEmpty { return trueLiteral }
        if kept.count == 1 { return kept[0] }
        let output = fresh()
        for input in kept { solver.addClause(!output, input) }
        // The long clause, output ∨ ¬input for every input, reuses `kept`
        // (the solver sorts its literals).
        for k in kept.indices { kept[k] = !kept[k] }
        kept.append(output)
        solver.addClause(kept)
        return output
    }

    /// `and([a, b])` without arrays: the same gate, variable and clauses.
    /// Adders and comparators are made of these by the thousand.
    func and(_ a: Literal, _ b: Literal) -> Literal {
        if a == falseLiteral || b == falseLiteral { return falseLiteral }
        if a == trueLiteral { return b }
        if b == trueLiteral || b == a { return a }
        if b == !a { return falseLiteral }
        let output = fresh()
        solver.addClause(!output, a)
        solver.addClause(!output, b)
        solver.addClause(output, !a, !b)
        return output
    }

    /// A literal equivalent to the disjunction (false for no inputs).
    func or(_ inputs: [Literal]) -> Literal {
        !and(inputs.map { !$0 })
    }

    /// `or([a, b])` without arrays.
    func or(_ a: Literal, _ b: Literal) -> Literal {
        !and(!a, !b)
    }

    /// A literal equivalent to `a xor b`.
    func xor(_ a: Literal, _ b: Literal) -> Literal {
        if a == falseLiteral { return b }
        if b == falseLiteral { return a }
        if a == trueLiteral { return !b }
        if b == trueLiteral { return !a }
        if a == b { return falseLiteral }
        if a == !b { return trueLiteral }
        let output = fresh()
        solver.addClause(!output, a, b)
        solver.addClause(!output, !a, !b)
        solver.addClause(output, !a, b)
        solver.addClause(output, a, !b)
        return output
    }

    /// Sum and carry of three bits.
    func fullAdder(_ a: Literal, _ b: Literal, _ c: Literal) -> (sum: Literal, carry: Literal) {
        let ab = xor(a, b)
        return (xor(ab, c), or(and(a, b), and(c, ab)))
    }

    /// `a + b` for unsigned bit vectors (least significant bit first).
    func add(_ a: [Literal], _ b: [Literal]) -> [Literal] {
        var result: [Literal] = []
        var carry = falseLiteral
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : falseLiteral
            let y = i < b.count ? b[i] : falseLiteral
            let (sum, nextCarry) = fullAdder(x, y, carry)
            result.append(sum)
            carry = nextCarry
        }
        if carry != falseLiteral { result.append(carry) }
        return result
    }

    /// `a * factor` by shifts and adds.
    func multiply(_ a: [Literal], by factor: UInt64) -> [Literal] {
        var total: [Literal] = []
        var shift = 0
        var rest = factor
        while rest > 0 {
            if rest & 1 == 1 {
                let shifted = Array(repeating: falseLiteral, count: shift) + a
                total = total.isEmpty ? shifted : add(total, shifted)
            }
            rest >>= 1
            shift += 1
        }
        return total
    }

    /// A literal equivalent to `value >= threshold` for an unsigned bit
    /// vector. Built from the least significant bit up: the lower i+1 bits
    /// are at least the threshold's lower i+1 bits when bit i beats the
    /// threshold's bit, or ties it and the bits below are at least theirs.
    func atLeast(_ value: [Literal], _ threshold: Int128) -> Literal {
        if threshold <= 0 { return trueLiteral }
        if value.count < 127 && threshold >= (Int128(1) << value.count) { return falseLiteral }
        var result = trueLiteral
        for (i, bit) in value.enumerated() {
            result = (threshold >> i) & 1 == 1 ? and(bit, result) : or(bit, result)
        }
        return result
    }

    /// Literals `counts[j]` equivalent to "at least j of the inputs hold",
    /// for j in 0...upTo, by a sequential counter.
    func atLeastCounts(_ inputs: [Literal], upTo: Int) -> [Literal] {
        var counts = [trueLiteral] + Array(repeating: falseLiteral, count: upTo)
        for input in inputs {
            for j in stride(from: upTo, through: 1, by: -1) {
                counts[j] = or(counts[j], and(input, counts[j - 1]))
            }
        }
        return counts
    }
}
