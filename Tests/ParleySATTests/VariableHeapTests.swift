import Testing
@testable import ParleySAT
import ParleyTestSupport

@Suite struct VariableHeapTests {
    @Test func removesVariablesByDescendingActivity() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            let count = Int.random(in: 1...60, using: &rng)
            let activity = (0..<count).map { _ in Double(Int.random(in: 0...20, using: &rng)) }
            var heap = VariableHeap()
            for v in (0..<count).shuffled(using: &rng) { heap.insert(Int32(v), activity) }
            var removed: [Int32] = []
            while !heap.isEmpty { removed.append(heap.removeMax(activity)) }
            #expect(Set(removed) == Set((0..<count).map(Int32.init)))
            #expect(zip(removed, removed.dropFirst()).allSatisfy { activity[Int($0)] >= activity[Int($1)] })
        }
    }

    @Test func aBumpedVariableMovesUp() {
        var activity = [1.0, 2.0, 3.0, 4.0]
        var heap = VariableHeap()
        for v in 0..<4 { heap.insert(Int32(v), activity) }
        activity[0] = 10
        heap.increased(0, activity)
        #expect(heap.removeMax(activity) == 0)
        #expect(heap.removeMax(activity) == 3)
    }

    @Test func insertingTwiceKeepsOneEntry() {
        let activity = [1.0, 2.0]
        var heap = VariableHeap()
        heap.insert(1, activity)
        heap.insert(1, activity)
        #expect(heap.contains(1) && !heap.contains(0))
        _ = heap.removeMax(activity)
        #expect(heap.isEmpty && !heap.contains(1))
    }
}
