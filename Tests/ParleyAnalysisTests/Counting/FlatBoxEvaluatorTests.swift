import Testing
@testable import ParleyAnalysis
import ParleyModel

/// The flat evaluator's three-valued truth of comparisons over a box.
@Suite struct FlatBoxEvaluatorTests {
    /// `c * x0 - c * x1 >= 0` over the box `x0 in first`, `x1 in second`.
    func truth(coefficient c: Int64, _ first: ClosedRange<Int64>, _ second: ClosedRange<Int64>) -> Bool? {
        let sum = LinearSum(terms: [.init(issue: 0, coefficient: c), .init(issue: 1, coefficient: -c)], constant: 0)
        let evaluator = FlatBoxEvaluator(conditions: [.compare(sum, .greaterEqual)], ranges: [first, second], masks: [0, 0])
        return evaluator.evaluate(evaluator.roots[0])
    }

    @Test func comparisonsAreDecidedWhereTheirSumsRangeAllowsIt() {
        #expect(truth(coefficient: 3, 5...9, 0...5) == true)
        #expect(truth(coefficient: 3, 0...2, 3...9) == false)
        #expect(truth(coefficient: 3, 0...9, 0...9) == nil)
    }

    @Test func productsPastSixtyFourBitsAreDecidedInOneHundredTwentyEight() {
        // 2^62 * 4 overflows a 64-bit word: the evaluator must widen.
        let c: Int64 = 1 << 62
        #expect(truth(coefficient: c, 3...4, 0...2) == true)
        #expect(truth(coefficient: c, 0...1, 2...4) == false)
        #expect(truth(coefficient: c, 0...4, 0...4) == nil)
    }

    @Test func equationsWithoutWholeSolutionsAreDecidedInAnyBox() {
        // 2·x0 - 4·x1 == 7 has no whole solution (2 does not divide 7), so
        // it fails, and its negation holds, even where the sum spans 0;
        // 2·x0 - 4·x1 == 6 stays open there.
        func truth(_ relation: Relation, constant: Int64) -> Bool? {
            let sum = LinearSum(terms: [.init(issue: 0, coefficient: 2), .init(issue: 1, coefficient: -4)], constant: constant)
            let evaluator = FlatBoxEvaluator(conditions: [.compare(sum, relation)], ranges: [0...100, 0...100], masks: [0, 0])
            return evaluator.evaluate(evaluator.roots[0])
        }
        #expect(truth(.equal, constant: -7) == false)
        #expect(truth(.notEqual, constant: -7) == true)
        #expect(truth(.equal, constant: -6) == nil)
        #expect(truth(.notEqual, constant: -6) == nil)
    }
}
