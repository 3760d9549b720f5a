import ParleyModel
import ParleySAT

/// The best compromises: the Pareto-optimal utility vectors over the
/// agreements meeting the demands, their focal points, and, when the
/// positions conflict, the same after each cheapest concession set (the
/// deal prices).
enum ParetoQuestion {
    struct Answer {
        /// When feasible: the front, by descending utility vector.
        var best: [Compromise] = []
        /// When feasible: the focal points of the front.
        var focal: FocalPoints?
        /// When not feasible: a front per cheapest concession set.
        var dealPrices: [DealPrice] = []
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession, parties: [Party], feasible: Bool?, concessions: [Concession]) -> Answer {
        var answer = Answer(cuts: session.cuts())
        // Built when first needed: the additive method needs no adders.
        var built: [[Literal]]?
        func utilities() -> [[Literal]] {
            if let built { return built }
            let bits = utilityBits(session, parties: parties)
            built = bits
            return bits
        }
        if feasible == true {
            answer.best = front(
                session, demands: session.allDemands.map { ($0, 0) }, parties: parties, utilities: utilities, cuts: &answer.cuts)
            answer.focal = focalPoints(of: answer.best, parties: parties)
        } else if feasible == false, let cheapest = concessions.first?.cost {
            for concession in concessions where concession.cost == cheapest {
                // Each demand at its level in the concession, the withdrawn left out.
                let conceded = Set(concession.demands)
                let moved = Dictionary(concession.moves.map { ($0.demand, $0.fallback) }, uniquingKeysWith: { a, _ in a })
                let kept = session.demands.indices.filter { !conceded.contains(session.demands[$0].id) }
                    .map { (demand: $0, level: moved[session.demands[$0].id] ?? 0) }
                let best = front(session, demands: kept, parties: parties, utilities: utilities, cuts: &answer.cuts)
                answer.dealPrices.append(DealPrice(concession: concession, best: best, focal: focalPoints(of: best, parties: parties)))
            }
        }
        return answer
    }

    /// Each party's utility as a binary number over its preferences'
    /// literals (``ScenarioEncoding/weightedSum(_:weights:)``).
    private static func utilityBits(_ session: AnalysisSession, parties: [Party]) -> [[Literal]] {
        let encoding = session.encoding
        return parties.map { party in
            encoding.weightedSum(party.preferences.map { encoding.literal(for: $0.condition) }, weights: party.preferences.map(\.weight))
        }
    }

    /// The front without the solver, when a method applies: issue by issue
    /// when the utilities add up, else by listing every agreement when
    /// there are few enough; nil otherwise (or out of time).
    private static func listedFront(_ session: AnalysisSession, conditions: [Condition], parties: [Party]) -> [AdditiveFront.Point]? {
        guard session.options.frontMethod == .automatic else { return nil }
        if let additive = AdditiveFront(issues: session.issues, demands: conditions, parties: parties) {
            return additive.front(options: session.options)
        }
        if let listing = EnumeratedFront(issues: session.issues, demands: conditions, parties: parties) {
            return listing.front(options: session.options)
        }
        return nil
    }

    /// Every Pareto-optimal utility vector over the agreements meeting the
    /// given demands, one agreement each: without the solver when a method
    /// of ``listedFront(_:conditions:parties:)`` applies, else by the guided
    /// improvement algorithm: take any agreement not dominated by the front so far, ask
    /// repeatedly for one at least as good for everyone and better for
    /// someone until there is none, record it, then forbid everything it
    /// dominates (and its own vector), and start again.
    private static func front(
        _ session: AnalysisSession, demands: [(demand: Int, level: Int)], parties: [Party], utilities: () -> [[Literal]], cuts: inout Cuts
    ) -> [Compromise] {
        let constraints = RangesQuestion.Constraints(session, demands: demands, parties: parties)
        let conditions = demands.map { session.demands[$0.demand].position.condition(atLevel: $0.level) }
        if let points = listedFront(session, conditions: conditions, parties: parties) {
            var front = points.map { Compromise(agreement: $0.agreement, utilities: $0.utilities) }.sorted(by: Compromise.byDescendingUtilities)
            if front.count > session.options.limit {
                front.removeLast(front.count - session.options.limit)
                cuts.add(.best, .limit)
            }
            session.options.progress?.begin("best compromises (Pareto-optimal, without the solver)")
            session.options.progress?.found(front.count)
            for k in front.indices {
                front[k].ranges = RangesQuestion.ranges(of: front[k].agreement, issues: session.issues, keeping: constraints)
            }
            return front
        }
        let utilities = utilities()
        let encoding = session.encoding
        let circuit = encoding.circuit
        let selectors = demands.map { session.level($0.level, of: $0.demand).selector }
        // The forbidding clauses of this front hang on one literal, so that
        // the next front (another deal price) starts clean.
        let activation = circuit.fresh()
        defer { encoding.solver.addClause([!activation]) }
        var front: [Compromise] = []
        session.options.progress?.begin("best compromises (Pareto-optimal)")
        while true {
            var answer = encoding.solver.solve(assuming: selectors + [activation])
            if answer == .unknown { cuts.add(.best, .timeout) }
            guard answer == .satisfiable else { break }
            var model = encoding.solver.model
            var vector = utilities.map { BinaryNumber.value(of: $0, in: model) }
            while true {
                let atLeast = utilities.indices.map { circuit.atLeast(utilities[$0], Int128(vector[$0])) }
                let better = circuit.or(utilities.indices.map { circuit.atLeast(utilities[$0], Int128(vector[$0]) + 1) })
                answer = encoding.solver.solve(assuming: selectors + [activation] + atLeast + [better])
                if answer == .unknown { cuts.add(.best, .timeout) }
                guard answer == .satisfiable else { break }
                model = encoding.solver.model
                vector = utilities.map { BinaryNumber.value(of: $0, in: model) }
            }
            if answer == .unknown { break }
            let agreement = encoding.decode(model)
            front.append(Compromise(
                agreement: agreement, utilities: vector,
                ranges: RangesQuestion.ranges(of: agreement, issues: session.issues, keeping: constraints)))
            session.options.progress?.found(front.count)
            // Nothing dominated by or equal to this vector may come again.
            encoding.solver.addClause([!activation] + utilities.indices.map { circuit.atLeast(utilities[$0], Int128(vector[$0]) + 1) })
            if front.count >= session.options.limit {
                cuts.add(.best, .limit)
                break
            }
        }
        return front.sorted(by: Compromise.byDescendingUtilities)
    }

    /// The focal points of a front (each optimum over all agreements is
    /// reached on the front, as each measure never falls when one utility
    /// rises).
    static func focalPoints(of front: [Compromise], parties: [Party]) -> FocalPoints? {
        guard !front.isEmpty else { return nil }
        let weights = parties.map { $0.preferences.reduce(Int64(0)) { $0 + $1.weight } }
        func total(_ c: Compromise) -> Int64 { c.utilities.reduce(0, +) }
        /// Ties: greater total, then the greatest vector.
        func tieBreak(_ a: Compromise, _ b: Compromise) -> Bool {
            total(a) != total(b) ? total(a) > total(b) : Compromise.byDescendingUtilities(a, b)
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
}
