/// A symbolic sorting network that keeps only the first `m` outputs: a
/// cardinality network in the sense of Asín, Nieuwenhuis, Oliveras and
/// Rodríguez-Carbonell (2011), built from Batcher's odd-even merge.
///
/// The inputs are Boolean wires; sorting is descending (true first), so
/// output j holds exactly when at least j + 1 inputs hold. Each comparator
/// turns two wires into their maximum (an or) and minimum (an and). The
/// inputs are sorted by halves and the halves merged, each sorted run cut
/// to its first `m` wires: the first m of a union are among the first m of
/// each part. That bounds the size by O(n log² m) comparators instead of
/// the sequential counter's n·m gates, and the depth by O(log² n) instead
/// of n, which keeps the solver's implication chains short.
///
/// The network is only a list of comparators over wire numbers; nothing is
/// encoded here. ``Circuit/counts(_:thresholds:)`` encodes the gates that
/// the outputs it needs depend on.
struct SortingNetwork {
    /// Wires 0..<inputCount are the inputs; comparator c's maximum is wire
    /// inputCount + 2c and its minimum inputCount + 2c + 1.
    let inputCount: Int
    /// The two input wires of each comparator, flat: comparator c compares
    /// `comparatorInputs[2c]` with `comparatorInputs[2c + 1]`.
    private(set) var comparatorInputs: [Int32] = []
    /// The first min(m, inputCount) wires of the sorted sequence.
    private(set) var outputs: [Int32] = []

    /// - Parameters:
    ///   - inputCount: the number of input wires.
    ///   - keeping: m, how many of the first sorted outputs are needed.
    init(inputCount: Int, keeping m: Int) {
        precondition(m >= 1)
        self.inputCount = inputCount
        outputs = sort(Int32(0)..<Int32(inputCount), keeping: m)
    }

    var comparatorCount: Int { comparatorInputs.count / 2 }

    /// Whether the wire is a comparator's maximum (otherwise its minimum);
    /// only for wires past the inputs.
    func isMaximum(_ wire: Int32) -> Bool { (Int(wire) - inputCount) & 1 == 0 }

    /// The two wires the comparator producing `wire` compares.
    func operands(of wire: Int32) -> (Int32, Int32) {
        let c = (Int(wire) - inputCount) >> 1
        return (comparatorInputs[2 * c], comparatorInputs[2 * c + 1])
    }

    private mutating func compare(_ a: Int32, _ b: Int32) -> (maximum: Int32, minimum: Int32) {
        let maximum = Int32(inputCount + comparatorInputs.count)
        comparatorInputs.append(a)
        comparatorInputs.append(b)
        return (maximum, maximum + 1)
    }

    private mutating func sort(_ wires: Range<Int32>, keeping m: Int) -> [Int32] {
        if wires.count <= 1 { return Array(wires) }
        let middle = wires.lowerBound + Int32(wires.count / 2)
        let low = sort(wires.lowerBound..<middle, keeping: m)
        let high = sort(middle..<wires.upperBound, keeping: m)
        return merge(low, high, keeping: m)
    }

    /// The first m wires of the sorted union of two sorted sequences, by
    /// Batcher's odd-even merge for any lengths: merge the even-indexed and
    /// the odd-indexed wires of both separately, interleave the results and
    /// compare each odd-merge wire after the first with the even-merge wire
    /// before it. (By the 0-1 principle: the first merge holds 0, 1 or 2
    /// more true wires than the second, and the one comparison repairs the
    /// only place where the interleaving can be out of order.)
    private mutating func merge(_ a: [Int32], _ b: [Int32], keeping m: Int) -> [Int32] {
        if a.isEmpty { return Array(b.prefix(m)) }
        if b.isEmpty { return Array(a.prefix(m)) }
        if a.count == 1 && b.count == 1 {
            let (maximum, minimum) = compare(a[0], b[0])
            return m == 1 ? [maximum] : [maximum, minimum]
        }
        // Outputs 2i+1 and 2i+2 come from second[i] and first[i+1], so the
        // first m outputs need at most m/2 + 1 wires of either merge.
        let keep = m / 2 + 1
        let first = merge(stride(from: 0, to: a.count, by: 2).map { a[$0] }, stride(from: 0, to: b.count, by: 2).map { b[$0] }, keeping: keep)
        let second = merge(stride(from: 1, to: a.count, by: 2).map { a[$0] }, stride(from: 1, to: b.count, by: 2).map { b[$0] }, keeping: keep)
        let total = min(m, a.count + b.count)
        var result: [Int32] = [first[0]]
        result.reserveCapacity(total + 1)
        var i = 0
        while result.count < total {
            if i < second.count && i + 1 < first.count {
                let (maximum, minimum) = compare(second[i], first[i + 1])
                result.append(maximum)
                if result.count < total { result.append(minimum) }
            } else if i < second.count {
                result.append(second[i])
            } else {
                result.append(first[i + 1])
            }
            i += 1
        }
        return result
    }
}
