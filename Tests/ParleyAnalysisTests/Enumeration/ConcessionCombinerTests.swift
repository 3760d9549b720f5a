import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

@Suite struct ConcessionCombinerTests {
    /// Random disputes over disjoint demands, each list in report order.
    static func disputes(_ rng: inout SeededGenerator) -> [[Concession]] {
        (0..<Int.random(in: 1...4, using: &rng)).map { d in
            var seen = Set<[DemandID]>()
            var list: [Concession] = []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let demands = Array(Set((0..<Int.random(in: 1...3, using: &rng)).map { _ in
                    DemandID(party: "p\(Int.random(in: 0...1, using: &rng))", name: "d\(d)_\(Int.random(in: 0...3, using: &rng))")
                })).sorted()
                guard seen.insert(demands).inserted else { continue }
                list.append(Concession(demands: demands, cost: Int64.random(in: 0...4, using: &rng)))
            }
            return list.sorted()
        }
    }

    @Test func cheapestSetsAreTheSortedProduct() {
        for seed in UInt64(1)...300 {
            var rng = SeededGenerator(seed: seed)
            let disputes = Self.disputes(&rng)
            var product: [Concession] = [Concession(demands: [], cost: 0)]
            for list in disputes {
                product = product.flatMap { partial in
                    list.map { Concession(demands: partial.demands + $0.demands, cost: partial.cost + $0.cost) }
                }
            }
            let shown = Int.random(in: 0...12, using: &rng)
            let (listed, total) = ConcessionCombiner.cheapest(disputes, count: shown)
            #expect(total == BigCount(UInt64(product.count)), "seed \(seed)")
            #expect(listed == Array(product.sorted().prefix(shown)), "seed \(seed)")
        }
    }

    /// Disputes whose demand names interleave in the sorted order (names
    /// drawn from one pool, each dispute its own share), with few costs so
    /// that ties are common: the list is still the sorted product's prefix.
    @Test func tiesAreBrokenByNamesEvenWhenDisputesInterleave() {
        for seed in UInt64(1)...300 {
            var rng = SeededGenerator(seed: seed)
            var pool = (0..<24).map { DemandID(party: "p", name: "n\($0 + 10)") }
            pool.shuffle(using: &rng)
            let disputes: [[Concession]] = (0..<Int.random(in: 2...4, using: &rng)).map { d in
                let own = Array(pool[(d * 6)..<(d * 6 + 6)])
                var seen = Set<[DemandID]>()
                var list: [Concession] = []
                for _ in 0..<Int.random(in: 2...4, using: &rng) {
                    let demands = Array(Set((0..<Int.random(in: 1...2, using: &rng)).map { _ in own[Int.random(in: 0..<6, using: &rng)] })).sorted()
                    guard seen.insert(demands).inserted else { continue }
                    list.append(Concession(demands: demands, cost: Int64.random(in: 1...2, using: &rng)))
                }
                return list.sorted()
            }
            var product: [Concession] = [Concession(demands: [], cost: 0)]
            for list in disputes {
                product = product.flatMap { partial in
                    list.map { Concession(demands: partial.demands + $0.demands, cost: partial.cost + $0.cost) }
                }
            }
            let shown = Int.random(in: 1...20, using: &rng)
            let (listed, _) = ConcessionCombiner.cheapest(disputes, count: shown)
            #expect(listed == Array(product.sorted().prefix(shown)), "seed \(seed)")
        }
    }

    @Test func noDisputeMeansNoConcession() {
        let (listed, total) = ConcessionCombiner.cheapest([], count: 10)
        #expect(listed.isEmpty && total == .zero)
    }
}
