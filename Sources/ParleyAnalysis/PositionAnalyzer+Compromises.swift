import ParleyModel
import ParleySAT

extension PositionAnalyzer {
    /// Each party's utility as a binary number over its preferences'
    /// literals: a weighted sum built with the same adder networks as
    /// linear arithmetic (weight times a one-bit number, summed).
    func utilityBits() -> [[Literal]] {
        parties.map { party in
            var total: [Literal] = []
            for preference in party.preferences {
                let term = encoding.circuit.multiply([encoding.literal(for: preference.condition)], by: UInt64(preference.weight))
                total = total.isEmpty ? term : encoding.circuit.add(total, term)
            }
            return total
        }
    }

    /// Every Pareto-optimal utility vector over the agreements meeting the
    /// given demands, one agreement each, found by the guided improvement
    /// algorithm: take any agreement not dominated by the front so far, ask
    /// repeatedly for one at least as good for everyone and better for
    /// someone until there is none, record it, then forbid everything it
    /// dominates (and its own vector), and start again.
    func paretoFront(demandIndexes: [Int], utilities: [[Literal]]) -> [Compromise] {
        let circuit = encoding.circuit
        let selectors = demandIndexes.map { demands[$0].selector }
        let activation = circuit.fresh()
        defer { encoding.solver.addClause([!activation]) }
        func value(_ bits: [Literal], _ model: [Bool]) -> Int64 {
            var total: Int64 = 0
            for (i, bit) in bits.enumerated() where model[Int(bit.variable.index)] != bit.isNegated { total += Int64(1) << i }
            return total
        }
        var front: [Compromise] = []
        options.progress?.begin("best compromises (Pareto-optimal)")
        while true {
            var answer = encoding.solver.solve(assuming: selectors + [activation])
            if answer == .unknown { markCut("best", "timeout") }
            guard answer == .satisfiable else { break }
            var model = encoding.solver.model
            var vector = utilities.map { value($0, model) }
            while true {
                let atLeast = utilities.indices.map { circuit.atLeast(utilities[$0], Int128(vector[$0])) }
                let better = circuit.or(utilities.indices.map { circuit.atLeast(utilities[$0], Int128(vector[$0]) + 1) })
                answer = encoding.solver.solve(assuming: selectors + [activation] + atLeast + [better])
                if answer == .unknown { markCut("best", "timeout") }
                guard answer == .satisfiable else { break }
                model = encoding.solver.model
                vector = utilities.map { value($0, model) }
            }
            if answer == .unknown { break }
            front.append(Compromise(agreement: encoding.decode(model), utilities: vector))
            options.progress?.found(front.count)
            // Nothing dominated by or equal to this vector may come again.
            encoding.solver.addClause([!activation] + utilities.indices.map { circuit.atLeast(utilities[$0], Int128(vector[$0]) + 1) })
            if front.count >= options.limit {
                markCut("best", "limit")
                break
            }
        }
        return front.sorted { lexicographicallyGreater($0.utilities, $1.utilities) }
    }

    /// The focal points of a front (each optimum over all agreements is
    /// reached on the front, as each measure never falls when one utility
    /// rises).
    func focalPoints(of front: [Compromise]) -> FocalPoints? {
        guard !front.isEmpty else { return nil }
        let weights = parties.map { $0.preferences.reduce(Int64(0)) { $0 + $1.weight } }
        func total(_ c: Compromise) -> Int64 { c.utilities.reduce(0, +) }
        /// Ties: greater total, then the greatest vector.
        func tieBreak(_ a: Compromise, _ b: Compromise) -> Bool {
            total(a) != total(b) ? total(a) > total(b) : lexicographicallyGreater(a.utilities, b.utilities)
        }
        func best(_ better: (Compromise, Compromise) -> Bool?) -> Compromise {
            front.dropFirst().reduce(front[0]) { current, candidate in
                switch better(candidate, current) {
                case true?: return candidate
                case false?: return current
                case nil: return tieBreak(candidate, current) ? candidate : current
                }
            }
        }
        let maxTotal = best { a, b in total(a) == total(b) ? nil : total(a) > total(b) }
        // Normalised utility u / W (1 without preferences); the product's
        // common denominator is the same for every candidate, so compare
        // the products of the numerators exactly.
        func product(_ c: Compromise) -> BigCount {
            parties.indices.reduce(BigCount.one) { weights[$1] == 0 ? $0 : $0 * BigCount(UInt64(c.utilities[$1])) }
        }
        let nash = best { a, b in product(a) == product(b) ? nil : product(b) < product(a) }
        /// The minimum normalised utility as a fraction.
        func minimum(_ c: Compromise) -> (Int128, Int128) {
            var result: (Int128, Int128) = (1, 1)
            for p in parties.indices where weights[p] > 0 {
                let candidate = (Int128(c.utilities[p]), Int128(weights[p]))
                if candidate.0 * result.1 < result.0 * candidate.1 { result = candidate }
            }
            return result
        }
        let egalitarian = best { a, b in
            let x = minimum(a), y = minimum(b)
            let left = x.0 * y.1, right = y.0 * x.1
            return left == right ? nil : left > right
        }
        return FocalPoints(maxTotal: maxTotal, nash: nash, egalitarian: egalitarian)
    }

    /// `best`, `focal` and `dealPrices` for the analysis.
    func compromises(into analysis: inout Analysis) {
        let utilities = utilityBits()
        if analysis.feasible == true {
            analysis.best = paretoFront(demandIndexes: Array(demands.indices), utilities: utilities)
            analysis.focal = focalPoints(of: analysis.best)
        } else if analysis.feasible == false, let cheapest = analysis.concessions.first?.cost {
            for concession in analysis.concessions where concession.cost == cheapest {
                let conceded = Set(concession.demands)
                let kept = demands.indices.filter { !conceded.contains(demands[$0].qualifiedName) }
                let front = paretoFront(demandIndexes: kept, utilities: utilities)
                analysis.dealPrices.append(DealPrice(concession: concession, best: front, focal: focalPoints(of: front)))
            }
        }
    }
}

/// Descending lexicographic order of utility vectors.
func lexicographicallyGreater(_ a: [Int64], _ b: [Int64]) -> Bool {
    for (x, y) in zip(a, b) where x != y { return x > y }
    return false
}
