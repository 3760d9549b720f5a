import Testing
@testable import ParleyAnalysis
import ParleyTestSupport

@Suite struct HittingSetsTests {
    /// Every minimal hitting set by trying every subset.
    static func bruteForce(_ sets: [[Int]], count: Int) -> Set<[Int]> {
        let masks = sets.map { $0.reduce(0) { $0 | 1 << $1 } }
        let hitting = (0..<(1 << count)).filter { s in masks.allSatisfy { $0 & s != 0 } }
        let minimal = hitting.filter { s in !hitting.contains { $0 != s && $0 & s == $0 } }
        return Set(minimal.map { s in (0..<count).filter { s & (1 << $0) != 0 } })
    }

    @Test func minimalHittingSetsAgreeWithBruteForce() {
        for seed in UInt64(1)...300 {
            var rng = SeededGenerator(seed: seed)
            let count = Int.random(in: 1...8, using: &rng)
            let sets = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                Array(Set((0..<Int.random(in: 1...3, using: &rng)).map { _ in Int.random(in: 0..<count, using: &rng) })).sorted()
            }
            let (found, cut) = HittingSets.minimal(of: sets, count: count, limit: 1_000)
            #expect(!cut)
            #expect(Set(found) == Self.bruteForce(sets, count: count), "seed \(seed): \(sets)")
            #expect(found.count == Set(found).count, "seed \(seed): a set listed twice")
        }
    }

    @Test func theLimitCutsTheList() {
        // {0,1} x {2,3} x {4,5}: eight minimal hitting sets.
        let (found, cut) = HittingSets.minimal(of: [[0, 1], [2, 3], [4, 5]], count: 6, limit: 3)
        #expect(found.count == 3 && cut)
    }
}
