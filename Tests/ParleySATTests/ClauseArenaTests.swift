import Testing
@testable import ParleySAT

@Suite struct ClauseArenaTests {
    func literals(_ numbers: [Int]) -> [Literal] { numbers.map(Literal.init(dimacs:)) }

    @Test func clausesKeepTheirLiteralsAndHeaders() {
        var arena = ClauseArena()
        let a = arena.add(literals([1, -2, 3]), learnt: false)
        let b = arena.add(literals([-1, 4]), learnt: true)
        #expect(arena.literals(a) == literals([1, -2, 3]))
        #expect(arena.literals(b) == literals([-1, 4]))
        #expect(arena.size(a) == 3 && arena.size(b) == 2)
        #expect(!arena.isLearnt(a) && arena.isLearnt(b))
        #expect(!arena.isDeleted(b))
        arena.setActivity(b, 2.5)
        #expect(arena.activity(b) == 2.5)
        #expect(b == ClauseArena.Reference(ClauseArena.headerSize + 3))
    }

    @Test func deletedClausesAreWasteUntilCompacted() {
        var arena = ClauseArena()
        let a = arena.add(literals([1, 2]), learnt: false)
        let b = arena.add(literals([3, 4, 5]), learnt: true)
        let c = arena.add(literals([-5, 6]), learnt: false)
        arena.delete(b)
        #expect(arena.isDeleted(b) && !arena.isDeleted(a))
        #expect(arena.wasted == ClauseArena.headerSize + 3)
        var renamed: [ClauseArena.Reference: ClauseArena.Reference] = [:]
        let fresh = arena.compacted { old, new in renamed[old] = new }
        #expect(renamed.keys.sorted() == [a, c])
        #expect(fresh.wasted == 0)
        #expect(fresh.words.count == arena.words.count - arena.wasted)
        #expect(fresh.literals(renamed[a]!) == literals([1, 2]))
        #expect(fresh.literals(renamed[c]!) == literals([-5, 6]))
    }
}
