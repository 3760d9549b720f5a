import ParleyModel

/// The cheapest minimal concession sets of a whole scenario, from its
/// disputes' own lists, without enumerating their product.
///
/// A global concession set is one concession of every dispute (disputes
/// share no demand; with fallbacks, one of every independent part). Best-first search over choice vectors: the vector of
/// every dispute's first choice comes first; popping a vector pushes the
/// vectors that advance one dispute at or after the last one advanced, so
/// each vector is pushed once, by a parent that is never later in the
/// order (cost, then size, then name list: advancing one dispute to a
/// later concession of the same cost and size can only make the merged name
/// list later, as disputes' names never mix). So vectors pop in order.
enum ConcessionCombiner {
    private struct Candidate {
        var choice: [Int]
        var lastAdvanced: Int
        var concession: Concession
    }

    /// - Returns: the first `count` concession sets in report order, and how
    ///   many there are in all.
    static func cheapest(_ disputes: [[Concession]], count: Int) -> ([Concession], BigCount) {
        let (listed, _, total) = cheapestWithChoices(disputes, count: count)
        return (listed, total)
    }

    /// As ``cheapest(_:count:)``, with, for each concession listed, the
    /// index of the concession it takes from each list.
    static func cheapestWithChoices(_ disputes: [[Concession]], count: Int) -> ([Concession], [[Int]], BigCount) {
        let total = disputes.reduce(BigCount.one) { $0 * BigCount(UInt64($1.count)) }
        guard !disputes.isEmpty, !disputes.contains(where: \.isEmpty), count > 0 else { return ([], [], disputes.isEmpty ? .zero : total) }
        func combine(_ choice: [Int]) -> Concession {
            var names: [DemandID] = []
            var moves: [FallbackMove] = []
            var cost: Int64 = 0, costMax: Int64 = 0
            var possibly: Bool? = true, necessarily: Bool? = true
            for (d, index) in choice.enumerated() {
                let part = disputes[d][index]
                names += part.demands
                moves += part.moves
                cost += part.cost
                costMax += part.costMax
                // Each list's choice is judged apart: the whole is cheapest
                // (possibly, necessarily) exactly when every part of it is.
                possibly = both(possibly, part.possiblyCheapest)
                necessarily = both(necessarily, part.necessarilyCheapest)
            }
            var combined = Concession(demands: names, moves: moves, cost: cost, costMax: costMax)
            combined.possiblyCheapest = possibly
            combined.necessarilyCheapest = necessarily
            return combined
        }
        var heap: [Candidate] = []
        func before(_ a: Candidate, _ b: Candidate) -> Bool { a.concession < b.concession }
        func push(_ candidate: Candidate) {
            heap.append(candidate)
            var i = heap.count - 1
            while i > 0, before(heap[i], heap[(i - 1) / 2]) {
                heap.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        func pop() -> Candidate {
            let top = heap[0]
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < heap.count, before(heap[l], heap[m]) { m = l }
                    if r < heap.count, before(heap[r], heap[m]) { m = r }
                    if m == i { break }
                    heap.swapAt(i, m)
                    i = m
                }
            }
            return top
        }
        let first = Array(repeating: 0, count: disputes.count)
        push(Candidate(choice: first, lastAdvanced: 0, concession: combine(first)))
        var result: [Concession] = []
        var choices: [[Int]] = []
        while result.count < count, !heap.isEmpty {
            let next = pop()
            result.append(next.concession)
            choices.append(next.choice)
            for d in next.lastAdvanced..<disputes.count where next.choice[d] + 1 < disputes[d].count {
                var choice = next.choice
                choice[d] += 1
                push(Candidate(choice: choice, lastAdvanced: d, concession: combine(choice)))
            }
        }
        return (result, choices, total)
    }
}

/// Conjunction where nil (unknown) wins over true but not over false.
private func both(_ a: Bool?, _ b: Bool?) -> Bool? {
    if a == false || b == false { return false }
    if a == nil || b == nil { return nil }
    return true
}
