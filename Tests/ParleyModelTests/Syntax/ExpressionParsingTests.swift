import Testing
@testable import ParleyModel

@Suite struct ExpressionParsingTests {
    @Test func enumEqualityIsMembershipOfOneValue() throws {
        #expect(try condition("e == middle") == .member(issue: 0, values: [1]))
        #expect(try condition("e != middle") == .not(.member(issue: 0, values: [1])))
    }

    @Test func membershipSortsValuesInDomainOrder() throws {
        #expect(try condition("e in {south, north}") == .member(issue: 0, values: [0, 2]))
        #expect(try condition("e not in {south}") == .not(.member(issue: 0, values: [2])))
    }

    @Test func integerSetsAreEqualitiesAndRanges() throws {
        let x = LinearSum.Term(issue: 4, coefficient: 1)
        #expect(try condition("x in {7, 2..4}") == .any([
            .all([.compare(LinearSum(terms: [x], constant: -2), .greaterEqual), .compare(LinearSum(terms: [x], constant: -4), .lessEqual)]),
            .compare(LinearSum(terms: [x], constant: -7), .equal),
        ]))
        #expect(try condition("x not in {3}") == .not(.compare(LinearSum(terms: [x], constant: -3), .equal)))
    }

    @Test func integerSetsHoldExactlyOnTheirValues() throws {
        let member = try condition("y in {-5, -1..1, 4}")
        for y in Int64(-5)...5 {
            var values = [Int64](repeating: 0, count: 6)
            values[5] = y
            #expect(member.holds(values) == [-5, -1, 0, 1, 4].contains(y), "y = \(y)")
        }
    }

    @Test func valueNamesResolveInTheComparedIssuesDomain() throws {
        #expect(try condition("f == north") == .member(issue: 1, values: [0]))
    }

    @Test func boolIssueComparisons() throws {
        #expect(try condition("b") == .flag(issue: 2))
        #expect(try condition("b == true") == .flag(issue: 2))
        #expect(try condition("b == false") == .not(.flag(issue: 2)))
        #expect(try condition("b != false") == .flag(issue: 2))
    }

    @Test func linearComparisonsMoveEverythingLeft() throws {
        #expect(try condition("x + 2 * y >= 3") == .compare(LinearSum(terms: [.init(issue: 4, coefficient: 1), .init(issue: 5, coefficient: 2)], constant: -3), .greaterEqual))
        #expect(try condition("x - x < 1") == .compare(LinearSum(terms: [], constant: -1), .less))
        #expect(try condition("-(2 * x) == y * (1 + 2)") == .compare(LinearSum(terms: [.init(issue: 4, coefficient: -2), .init(issue: 5, coefficient: -3)], constant: 0), .equal))
    }

    @Test func minusBindsAsArithmetic() throws {
        #expect(try condition("x-1 > -5") == .compare(LinearSum(terms: [.init(issue: 4, coefficient: 1)], constant: 4), .greater))
        #expect(try condition("x - -1 != 0") == .compare(LinearSum(terms: [.init(issue: 4, coefficient: 1)], constant: 1), .notEqual))
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try condition("b or c and b") == .any([.flag(issue: 2), .all([.flag(issue: 3), .flag(issue: 2)])]))
    }

    @Test func orBindsTighterThanImpliesAndImpliesTighterThanIff() throws {
        #expect(try condition("b iff c implies b or c") == .parity([.flag(issue: 2), .any([.not(.flag(issue: 3)), .any([.flag(issue: 2), .flag(issue: 3)])])], odd: false))
    }

    @Test func impliesChainsToTheRight() throws {
        let c = try condition("b implies c implies b")
        #expect(c == .any([.not(.flag(issue: 2)), .not(.flag(issue: 3)), .flag(issue: 2)]))
        // With b and c false, b implies (c implies b) is true, while
        // (b implies c) implies b would be false.
        #expect(c.holds([0, 0, 0, 0, 0, 0]) == true)
    }

    @Test func iffChainsToTheLeft() throws {
        let c = try condition("b iff c iff b")
        #expect(c == .parity([.flag(issue: 2), .flag(issue: 3), .flag(issue: 2)], odd: true))
        #expect(c.holds([0, 0, 1, 0, 0, 0]) == false)  // (1 iff 0) iff 1 = 0
        // Every assignment of four flags: the parity form against the
        // chain folded to the left as written.
        let four = try condition("b iff c iff b iff c", issues: defaultIssues)
        for bits in 0..<4 {
            let b = bits & 1 == 1, cc = bits & 2 == 2
            let folded = ((b == cc) == b) == cc
            #expect(four.holds([0, 0, b ? 1 : 0, cc ? 1 : 0, 0, 0]) == folded)
        }
    }

    @Test func notBindsLooserThanComparison() throws {
        #expect(try condition("not e in {north}") == .not(.member(issue: 0, values: [0])))
        #expect(try condition("not x >= 3 and b") == .all([.not(.compare(LinearSum(terms: [.init(issue: 4, coefficient: 1)], constant: -3), .greaterEqual)), .flag(issue: 2)]))
    }

    @Test func doubleNegationCancels() throws {
        #expect(try condition("not not b") == .flag(issue: 2))
        #expect(try condition("not not not b") == .not(.flag(issue: 2)))
    }

    @Test func countConstructs() throws {
        #expect(try condition("atleast 1 of {b, c}") == .count(.atLeast, 1, [.flag(issue: 2), .flag(issue: 3)]))
        #expect(try condition("atmost 0 of {b}") == .count(.atMost, 0, [.flag(issue: 2)]))
        #expect(try condition("exactly 2 of {b, c, x > 1}") == .count(.exactly, 2, [.flag(issue: 2), .flag(issue: 3), .compare(LinearSum(terms: [.init(issue: 4, coefficient: 1)], constant: -1), .greater)]))
    }

    @Test func constants() throws {
        #expect(try condition("true") == .constant(true))
        #expect(try condition("(false)") == .constant(false))
    }

    @Test func sixtyFourLevelsOfNestingAreAccepted() throws {
        let deep = String(repeating: "(", count: 64) + "b" + String(repeating: ")", count: 64)
        #expect(try condition(deep) == .flag(issue: 2))
    }

    @Test func longChainsDoNotNest() throws {
        let chain = Array(repeating: "b", count: 5_000).joined(separator: " and ")
        guard case .all(let operands) = try condition(chain) else {
            Issue.record("expected a conjunction")
            return
        }
        #expect(operands.count == 5_000)
        #expect(try condition(String(repeating: "not ", count: 10_000) + "b") == .flag(issue: 2))
    }
}
