/// The Luby sequence 1, 1, 2, 1, 1, 2, 4, 1, ... (Luby, Sinclair and
/// Zuckerman 1993), scaled by a base to give restart intervals.
enum Luby {
    /// The `index`-th term (from 0) of the sequence with ratio `y`.
    static func term(_ y: Double, _ index: Int) -> Double {
        var size = 1
        var sequence = 0
        while size < index + 1 {
            sequence += 1
            size = 2 * size + 1
        }
        var x = index
        while size - 1 != x {
            size = (size - 1) >> 1
            sequence -= 1
            x = x % size
        }
        var result = 1.0
        for _ in 0..<sequence { result *= y }
        return result
    }
}
