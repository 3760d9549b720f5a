import ParleyModel

/// Which concessions of a list are possibly, and which necessarily, the
/// cheapest, when every move's cost lies anywhere in its range, each
/// independently (extensions-1.1 part C).
///
/// A move is one (demand, level) pair: withdrawn, or settled at fallback K.
/// Against another concession B, only the moves the two do not share tell
/// them apart, so with `A \ B` the moves of A that B does not make:
/// - A is necessarily at most B when `sum HI(A \ B) <= sum LO(B \ A)`;
/// - A is possibly at most B when `sum LO(A \ B) <= sum HI(B \ A)`;
/// and each flag holds when it holds against every other B of the list. No
/// cost vector is enumerated. With point costs both flags mean "of minimal
/// cost", which needs no pairs at all.
enum CheapestJudgement {
    /// A move and its cost range; moves order by (demand, level).
    struct Move {
        var demand: Int
        /// Past the last fallback: withdrawn.
        var level: Int
        var low: Int64
        var high: Int64

        func precedes(_ other: Move) -> Bool { (demand, level) < (other.demand, other.level) }
    }

    /// The moves a concession makes, with their costs from the session's
    /// demands, in (demand, level) order.
    static func moves(of concession: Concession, in session: AnalysisSession, index: [DemandID: Int]) -> [Move] {
        var moves: [Move] = []
        for id in concession.demands {
            guard let d = index[id] else { continue }
            let demand = session.demands[d].position
            moves.append(Move(demand: d, level: demand.fallbacks.count + 1, low: demand.cost, high: demand.costMax))
        }
        for move in concession.moves {
            guard let d = index[move.demand] else { continue }
            let (low, high) = session.demands[d].position.cost(atLevel: move.fallback)
            moves.append(Move(demand: d, level: move.fallback, low: low, high: high))
        }
        return moves.sorted { $0.precedes($1) }
    }

    /// The list with each concession's two flags set against the others.
    static func judge(_ list: [Concession], in session: AnalysisSession) -> [Concession] {
        guard session.demands.contains(where: { $0.position.hasCostRange }) else {
            let cheapest = list.map(\.cost).min()
            return list.map { concession in
                var judged = concession
                judged.possiblyCheapest = concession.cost == cheapest
                judged.necessarilyCheapest = concession.cost == cheapest
                return judged
            }
        }
        let index = Dictionary(session.demands.indices.map { (session.demands[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let moves = list.map { Self.moves(of: $0, in: session, index: index) }
        return list.indices.map { a in
            var judged = list[a]
            var possibly = true, necessarily = true
            for b in moves.indices where b != a && (possibly || necessarily) {
                let (onlyA, onlyB) = differences(moves[a], moves[b])
                if onlyA.high > onlyB.low { necessarily = false }
                if onlyA.low > onlyB.high { possibly = false }
            }
            judged.possiblyCheapest = possibly
            judged.necessarilyCheapest = necessarily
            return judged
        }
    }

    /// The sums of low and high ends over `a \ b` and over `b \ a`, by one
    /// merge of the two sorted move lists.
    static func differences(_ a: [Move], _ b: [Move]) -> (onlyA: (low: Int64, high: Int64), onlyB: (low: Int64, high: Int64)) {
        var onlyA: (low: Int64, high: Int64) = (0, 0), onlyB: (low: Int64, high: Int64) = (0, 0)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].precedes(b[j])) {
                onlyA.low &+= a[i].low
                onlyA.high &+= a[i].high
                i += 1
            } else if i == a.count || b[j].precedes(a[i]) {
                onlyB.low &+= b[j].low
                onlyB.high &+= b[j].high
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return (onlyA, onlyB)
    }
}
