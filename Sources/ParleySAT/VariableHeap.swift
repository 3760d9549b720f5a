/// A binary max-heap of variables ordered by activity (VSIDS), with each
/// variable's position kept so that a bumped variable can move up in
/// O(log n). The activities live in the solver; the heap reads them.
struct VariableHeap {
    /// The heap of variable indexes.
    private(set) var heap: [Int32] = []
    /// Each variable's position in ``heap``, or -1 when absent.
    private var positions: [Int32] = []

    var isEmpty: Bool { heap.isEmpty }

    func contains(_ v: Int32) -> Bool { Int(v) < positions.count && positions[Int(v)] >= 0 }

    mutating func grow(to count: Int) {
        while positions.count < count { positions.append(-1) }
    }

    mutating func insert(_ v: Int32, _ activity: [Double]) {
        grow(to: Int(v) + 1)
        guard positions[Int(v)] < 0 else { return }
        positions[Int(v)] = Int32(heap.count)
        heap.append(v)
        siftUp(heap.count - 1, activity)
    }

    /// Restores the order after `v`'s activity grew.
    mutating func increased(_ v: Int32, _ activity: [Double]) {
        if contains(v) { siftUp(Int(positions[Int(v)]), activity) }
    }

    /// Removes and returns the most active variable.
    mutating func removeMax(_ activity: [Double]) -> Int32 {
        let top = heap[0]
        let last = heap.removeLast()
        positions[Int(top)] = -1
        if !heap.isEmpty {
            heap[0] = last
            positions[Int(last)] = 0
            siftDown(0, activity)
        }
        return top
    }

    // The sifts run on unsafe buffers: through the arrays, every store
    // checked uniqueness and bounds, and the sifts were a fifth of an
    // overlap-heavy analysis (each solver call pops and re-inserts every
    // variable of the encoding). Indexes stay within `heap.count`, and
    // every variable in the heap is below `positions.count`.
    private mutating func siftUp(_ start: Int, _ activity: [Double]) {
        activity.withUnsafeBufferPointer { activity in
            heap.withUnsafeMutableBufferPointer { heap in
                positions.withUnsafeMutableBufferPointer { positions in
                    var i = start
                    let v = heap[i]
                    let score = activity[Int(v)]
                    while i > 0 {
                        let parent = (i - 1) >> 1
                        let p = heap[parent]
                        guard score > activity[Int(p)] else { break }
                        heap[i] = p
                        positions[Int(p)] = Int32(i)
                        i = parent
                    }
                    heap[i] = v
                    positions[Int(v)] = Int32(i)
                }
            }
        }
    }

    private mutating func siftDown(_ start: Int, _ activity: [Double]) {
        activity.withUnsafeBufferPointer { activity in
            heap.withUnsafeMutableBufferPointer { heap in
                positions.withUnsafeMutableBufferPointer { positions in
                    let count = heap.count
                    var i = start
                    let v = heap[i]
                    let score = activity[Int(v)]
                    while true {
                        let left = 2 * i + 1
                        guard left < count else { break }
                        let right = left + 1
                        let child = right < count && activity[Int(heap[right])] > activity[Int(heap[left])] ? right : left
                        let c = heap[child]
                        guard activity[Int(c)] > score else { break }
                        heap[i] = c
                        positions[Int(c)] = Int32(i)
                        i = child
                    }
                    heap[i] = v
                    positions[Int(v)] = Int32(i)
                }
            }
        }
    }
}
