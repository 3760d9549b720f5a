/// Tseitin gates written out as DIMACS clauses (signed variable numbers),
/// for ``DIMACSExport``: a small stand-alone copy of the encoding the
/// analysis uses (binary integers, ripple-carry adders, comparators with a
/// constant, unary counters), so that the exported CNF has the same shape
/// as Parley's without reaching into ParleyAnalysis's internals.
///
/// Variable 1 is the constant true; every gate folds constant inputs, so
/// a sum with a fixed bit or a count over constants costs no clause. Gates
/// are never shared, so the clauses written while one demand is encoded
/// mention only its own gates, its issues' variables and the constant.
struct CNFCircuit {
    /// The constant true (its negation is false).
    static let on: Int32 = 1

    private(set) var variableCount: Int32 = 1
    private(set) var clauses: [[Int32]] = [[CNFCircuit.on]]

    /// A new variable.
    mutating func fresh() -> Int32 {
        variableCount += 1
        return variableCount
    }

    /// Adds a clause.
    mutating func add(_ clause: [Int32]) {
        clauses.append(clause)
    }

    /// A literal equivalent to the conjunction (true when empty).
    mutating func and(_ inputs: [Int32]) -> Int32 {
        var kept: [Int32] = []
        for input in inputs where input != Self.on {
            if input == -Self.on || kept.contains(-input) { return -Self.on }
            if !kept.contains(input) { kept.append(input) }
        }
        if kept.isEmpty { return Self.on }
        if kept.count == 1 { return kept[0] }
        let output = fresh()
        for input in kept { add([-output, input]) }
        add([output] + kept.map { -$0 })
        return output
    }

    /// A literal equivalent to the disjunction (false when empty).
    mutating func or(_ inputs: [Int32]) -> Int32 {
        -and(inputs.map { -$0 })
    }

    /// A literal equivalent to `a xor b`.
    mutating func xor(_ a: Int32, _ b: Int32) -> Int32 {
        if a == -Self.on { return b }
        if b == -Self.on { return a }
        if a == Self.on { return -b }
        if b == Self.on { return -a }
        if a == b { return -Self.on }
        if a == -b { return Self.on }
        let output = fresh()
        add([-output, a, b])
        add([-output, -a, -b])
        add([output, -a, b])
        add([output, a, -b])
        return output
    }

    /// A literal equivalent to "at least two of a, b, c" (a full adder's carry).
    mutating func majority(_ a: Int32, _ b: Int32, _ c: Int32) -> Int32 {
        if a == -Self.on { return and([b, c]) }
        if b == -Self.on { return and([a, c]) }
        if c == -Self.on { return and([a, b]) }
        if a == Self.on { return or([b, c]) }
        if b == Self.on { return or([a, c]) }
        if c == Self.on { return or([a, b]) }
        let output = fresh()
        add([-output, a, b])
        add([-output, a, c])
        add([-output, b, c])
        add([output, -a, -b])
        add([output, -a, -c])
        add([output, -b, -c])
        return output
    }

    /// The sum of two unsigned binary numbers (least significant bit first).
    mutating func add(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var sum: [Int32] = []
        var carry = -Self.on
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : -Self.on
            let y = i < b.count ? b[i] : -Self.on
            sum.append(xor(xor(x, y), carry))
            carry = majority(x, y, carry)
        }
        sum.append(carry)
        return sum
    }

    /// An unsigned binary number times a constant: shifted copies summed.
    mutating func multiply(_ bits: [Int32], by factor: UInt64) -> [Int32] {
        var total: [Int32] = []
        for shift in 0..<64 where factor >> UInt64(shift) & 1 == 1 {
            let term = Array(repeating: -Self.on, count: shift) + bits
            total = total.isEmpty ? term : add(total, term)
        }
        return total.isEmpty ? [-Self.on] : total
    }

    /// A literal for `value >= constant`, `value` unsigned binary: from the
    /// least significant bit up, the low bits of `value` are at least those
    /// of `constant`.
    mutating func atLeast(_ value: [Int32], _ constant: Int128) -> Int32 {
        if constant <= 0 { return Self.on }
        if value.count < 127, constant >= Int128(1) << value.count { return -Self.on }
        var result = Self.on
        for (i, bit) in value.enumerated() {
            result = (constant >> i) & 1 == 1 ? and([bit, result]) : or([bit, result])
        }
        return result
    }

    /// Literals `counts[j]` for "at least j of the inputs hold", j in
    /// 0...limit (a unary counter, row by row).
    mutating func atLeastCounts(_ inputs: [Int32], upTo limit: Int) -> [Int32] {
        var counts = [Self.on] + Array(repeating: -Self.on, count: limit)
        for input in inputs {
            for j in stride(from: limit, through: 1, by: -1) {
                counts[j] = or([counts[j], and([counts[j - 1], input])])
            }
        }
        return counts
    }
}
