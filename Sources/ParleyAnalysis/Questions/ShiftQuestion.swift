import ParleyModel

/// How far a number must move: for every demand of a dispute that is one
/// threshold (`army <= 600`, `a + b >= 10`), the smallest move of its
/// constant, in steps of one and in the direction that weakens it, after
/// which the dispute's own demands, with only this one moved, admit an
/// agreement (extensions-1.1 part B).
///
/// Whether the dispute's demands hold together only gets easier as the
/// constant moves that way, so the nearest constant that works is found by
/// bisection with the solver, between the constant as written and the
/// farthest one that still matters (where the comparison holds over the
/// whole domain): a number of calls logarithmic in the range, however wide.
enum ShiftQuestion {
    struct Answer {
        /// Per dispute (in order), its shifts sorted; nil where a limit cut it.
        var shifts: [[Shift]?]
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession, disputes: [Dispute]) -> Answer {
        var cuts = session.cuts()
        let index = Dictionary(session.demands.indices.map { (session.demands[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let shifts = disputes.map { dispute -> [Shift]? in
            let members = dispute.demands.compactMap { index[$0] }
            var found: [Shift] = []
            for d in members {
                guard let threshold = session.demands[d].position.threshold else { continue }
                guard let to = nearest(for: d, threshold, among: members, in: session, cuts: &cuts) else { return nil }
                found.append(Shift(demand: session.demands[d].id, from: threshold.constant, to: to))
            }
            return found.sorted()
        }
        return Answer(shifts: shifts, cuts: cuts)
    }

    /// The nearest constant of demand `d` that lets `members` hold together
    /// with only `d` moved: `.some(nil)` when none does, nil when cut.
    private static func nearest(
        for d: Int, _ threshold: Threshold, among members: [Int], in session: AnalysisSession, cuts: inout Cuts
    ) -> Int64?? {
        // A session of the dispute's own issues, with the moved demand
        // left out of it: its threshold is assumed at each trial constant.
        let others = members.filter { $0 != d }
        let (local, own) = session.subsession(for: members)
        let position = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
        let terms = threshold.sum.terms.map { LinearSum.Term(issue: position[$0.issue] ?? 0, coefficient: $0.coefficient) }
        let (bits, offset) = local.encoding.sumBits(terms)
        let chosen = others.compactMap { o in members.firstIndex(of: o) }
        // The sum's range over the domains, past which moving further
        // changes nothing.
        var low = Int128(threshold.sum.constant), high = low
        for term in threshold.sum.terms {
            guard case .integers(let min, let max) = session.issues[term.issue].domain else { continue }
            let a = Int128(term.coefficient) * Int128(min), b = Int128(term.coefficient) * Int128(max)
            low += Swift.min(a, b)
            high += Swift.max(a, b)
        }
        let up = threshold.weakensUpwards
        let start = Int128(threshold.constant)
        // Far enough that the comparison holds everywhere (one step past
        // the sum's range for a strict one), within 64 bits.
        let farthest = Swift.max(Swift.min(up ? high + 1 : low - 1, Int128(Int64.max)), Int128(Int64.min))
        func holds(at constant: Int128) -> Bool? {
            let literal = local.encoding.comparison(bits, offset + Int128(threshold.sum.constant) - constant, threshold.relation)
            switch local.solve(chosen, extra: [literal]) {
            case .satisfiable: return true
            case .unsatisfiable: return false
            case .unknown:
                cuts.add(.shifts, .timeout)
                return nil
            }
        }
        guard up ? farthest > start : farthest < start else { return .some(nil) }
        guard let works = holds(at: farthest) else { return nil }
        guard works else { return .some(nil) }
        // The answer lies in (start, farthest] going up, [farthest, start) going down.
        var failing = start, working = farthest
        while (working - failing).magnitude > 1 {
            let middle = failing + (working - failing) / 2
            guard let result = holds(at: middle) else { return nil }
            if result { working = middle } else { failing = middle }
        }
        return .some(Int64(working))
    }
}
