import ParleySAT

extension Circuit {
    /// Literals equivalent to "at least t of the inputs hold", one per
    /// threshold t, from a cardinality network (``SortingNetwork``).
    ///
    /// Constant inputs are taken out first (a true one lowers every
    /// threshold by one). Then whichever side needs fewer sorted outputs is
    /// sorted: the inputs up to the largest threshold, or their negations,
    /// since "at least t of n" is "not at least n - t + 1 of the
    /// negations". Only the comparators the wanted outputs depend on get
    /// gates, and every gate is a full equivalence, so the literals can be
    /// asserted, negated or assumed like any other.
    /// - Complexity: O(n log² m) gates for n inputs, with m the smaller of
    ///   the largest threshold and n + 1 minus the smallest.
    func counts(_ inputs: [Literal], thresholds: [Int]) -> [Literal] {
        var open: [Literal] = []
        var sure = 0
        for input in inputs {
            if input == trueLiteral {
                sure += 1
            } else if input != falseLiteral {
                open.append(input)
            }
        }
        let n = open.count
        let relative = thresholds.map { $0 - sure }
        let inside = relative.filter { $0 >= 1 && $0 <= n }
        guard let smallest = inside.min(), let largest = inside.max() else {
            return relative.map { constant($0 <= 0) }
        }
        let downward = n + 1 - smallest
        let negated = downward < largest
        let network = SortingNetwork(inputCount: n, keeping: negated ? downward : largest)
        var encoded = [Literal?](repeating: nil, count: n + 2 * network.comparatorCount)
        for (i, input) in open.enumerated() { encoded[i] = negated ? !input : input }
        return relative.map { t in
            if t <= 0 { return trueLiteral }
            if t > n { return falseLiteral }
            return negated
                ? !encode(network.outputs[n - t], in: network, &encoded)
                : encode(network.outputs[t - 1], in: network, &encoded)
        }
    }

    /// The literal of a network wire, encoding the comparators it depends
    /// on the first time it is asked for.
    private func encode(_ wire: Int32, in network: SortingNetwork, _ encoded: inout [Literal?]) -> Literal {
        if let literal = encoded[Int(wire)] { return literal }
        let (a, b) = network.operands(of: wire)
        let inputs = [encode(a, in: network, &encoded), encode(b, in: network, &encoded)]
        let literal = network.isMaximum(wire) ? or(inputs) : and(inputs)
        encoded[Int(wire)] = literal
        return literal
    }
}
