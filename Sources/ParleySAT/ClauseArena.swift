/// All clauses in one flat array of 32-bit words, addressed by offset.
///
/// A clause at offset `c` is a header of three words followed by its
/// literals: the size; flags (bit 0 learnt, bit 1 deleted); and, for
/// learnt clauses, the activity as a `Float` bit pattern. No clause is a
/// heap object, so propagation touches no reference counts.
/// Deleted clauses stay in place until ``compacted(remap:)`` copies the
/// live ones into a fresh arena.
struct ClauseArena {
    /// A clause's offset in the arena.
    typealias Reference = UInt32

    static let headerSize = 3
    static let none = Reference.max

    var words: [UInt32] = []
    /// Words belonging to deleted clauses.
    private(set) var wasted = 0

    /// Adds a clause and returns its reference.
    mutating func add(_ literals: [Literal], learnt: Bool) -> Reference {
        let reference = Reference(words.count)
        words.append(UInt32(literals.count))
        words.append(learnt ? 1 : 0)
        words.append(Float(0).bitPattern)
        for literal in literals { words.append(literal.raw) }
        return reference
    }

    @inline(__always) func size(_ c: Reference) -> Int { Int(words[Int(c)]) }
    @inline(__always) func isLearnt(_ c: Reference) -> Bool { words[Int(c) + 1] & 1 != 0 }
    @inline(__always) func isDeleted(_ c: Reference) -> Bool { words[Int(c) + 1] & 2 != 0 }

    func activity(_ c: Reference) -> Float { Float(bitPattern: words[Int(c) + 2]) }
    mutating func setActivity(_ c: Reference, _ value: Float) { words[Int(c) + 2] = value.bitPattern }

    /// The offset of literal `i` of clause `c` in ``words``.
    @inline(__always) static func literalOffset(_ c: Reference, _ i: Int) -> Int {
        Int(c) + headerSize + i
    }

    @inline(__always) func literal(_ c: Reference, _ i: Int) -> Literal {
        Literal(raw: words[ClauseArena.literalOffset(c, i)])
    }

    func literals(_ c: Reference) -> [Literal] {
        (0..<size(c)).map { literal(c, $0) }
    }

    mutating func delete(_ c: Reference) {
        words[Int(c) + 1] |= 2
        wasted += ClauseArena.headerSize + size(c)
    }

    /// A copy holding only the live clauses; `remap` receives each live
    /// clause's old and new reference, in arena order.
    func compacted(remap: (Reference, Reference) -> Void) -> ClauseArena {
        var fresh = ClauseArena()
        fresh.words.reserveCapacity(words.count - wasted)
        var c = 0
        while c < words.count {
            let length = ClauseArena.headerSize + Int(words[c])
            if words[c + 1] & 2 == 0 {
                remap(Reference(c), Reference(fresh.words.count))
                fresh.words.append(contentsOf: words[c..<(c + length)])
            }
            c += length
        }
        return fresh
    }
}
