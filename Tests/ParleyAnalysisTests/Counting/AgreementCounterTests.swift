import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The agreement counter against brute force on scenarios with wider
/// domains than the general oracle's (so that integer ranges get cut at
/// breakpoints and in halves, and a 70-value issue is kept as a range),
/// and against counts known in closed form.
@Suite struct AgreementCounterTests {
    /// A random scenario of two to four issues and up to five conditions,
    /// with at most about 30,000 agreements to enumerate.
    static func scenarioText(seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        var text = ""
        var ints: [String] = [], enums: [(String, Int)] = [], bools: [String] = []
        var agreements = 1
        for i in 0..<Int.random(in: 2...4, using: &rng) {
            switch agreements > 400 ? 1 : Int.random(in: 0..<4, using: &rng) {
            case 0:
                let count = pick([2, 3, 5, 70])
                enums.append(("e\(i)", count))
                agreements *= count
                text += "issue e\(i): " + (0..<count).map { "v\($0)" }.joined(separator: " | ") + "\n"
            case 1:
                bools.append("b\(i)")
                agreements *= 2
                text += "issue b\(i): bool\n"
            default:
                let low = Int.random(in: -20...5, using: &rng)
                let width = Int.random(in: 0...40, using: &rng)
                ints.append("n\(i)")
                agreements *= width + 1
                text += "issue n\(i): \(low)..\(low + width)\n"
            }
        }
        if ints.isEmpty && enums.isEmpty && bools.isEmpty {
            ints.append("n9")
            text += "issue n9: 0..30\n"
        }
        func linear() -> String {
            guard !ints.isEmpty else { return String(Int.random(in: -5...5, using: &rng)) }
            var terms: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                terms.append("\(pick(["", "2 * ", "-3 * ", "-"]))\(pick(ints))")
            }
            return terms.joined(separator: " + ") + " + \(Int.random(in: -10...10, using: &rng))"
        }
        func atom() -> String {
            var atoms = ["\(linear()) \(pick(["==", "!=", "<", "<=", ">", ">="])) \(Int.random(in: -15...25, using: &rng))"]
            if let (e, count) = enums.randomElement(using: &rng) {
                let values = (0..<count).filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }.map { "v\($0)" }
                atoms.append("\(e) \(pick(["in", "not in"])) {\((values.isEmpty ? ["v0"] : values).joined(separator: ", "))}")
                atoms.append("\(e) != v\(Int.random(in: 0..<count, using: &rng))")
            }
            if let b = bools.randomElement(using: &rng) { atoms += [b, "not \(b)"] }
            return pick(atoms)
        }
        func condition(_ depth: Int) -> String {
            if depth == 0 || Int.random(in: 0..<3, using: &rng) == 0 { return atom() }
            let items = (0..<3).map { _ in condition(depth - 1) }
            return pick([
                "(\(items[0]) and \(items[1]))", "(\(items[0]) or \(items[1]))", "(\(items[0]) implies \(items[1]))",
                "(\(items[0]) iff \(items[1]))", "not (\(items[0]))",
                "\(pick(["atleast", "atmost", "exactly"])) \(Int.random(in: 0...3, using: &rng)) of {\(items.joined(separator: ", "))}",
            ])
        }
        text += "party p {\n"
        for d in 0..<Int.random(in: 1...5, using: &rng) { text += "  demand d\(d): \(condition(2))\n" }
        return text + "}\n"
    }

    /// The number of agreements meeting every demand, one by one.
    static func bruteForceCount(_ scenario: Scenario) -> UInt64 {
        let conditions = scenario.parties.flatMap { $0.demands.map(\.condition) }
        var current: [Int64] = []
        var count: UInt64 = 0
        func walk(_ i: Int) {
            if i == scenario.issues.count {
                if conditions.allSatisfy({ $0.holds(current) }) { count += 1 }
                return
            }
            let values: [Int64]
            switch scenario.issues[i].domain {
            case .values(let names): values = Array(0..<Int64(names.count))
            case .bool: values = [0, 1]
            case .integers(let low, let high): values = Array(low...high)
            }
            for v in values {
                current.append(v)
                walk(i + 1)
                current.removeLast()
            }
        }
        walk(0)
        return count
    }

    static func count(_ text: String, workLimit: Int = 1_000_000) throws -> (BigCount, CutReason?) {
        let (total, cut, _) = try countWithBoxes(text, workLimit: workLimit)
        return (total, cut)
    }

    static func countWithBoxes(
        _ text: String, workLimit: Int, depthLimit: Int = 4_000, stopsAtFirstAgreement: Bool = false
    ) throws -> (BigCount, CutReason?, Int) {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0, "\(text)")
        let conditions = scenario.parties.flatMap { $0.demands.map(\.condition) }
        var options = AnalysisOptions()
        options.countLimit = workLimit
        let counter = AgreementCounter(
            domains: scenario.issues.map(\.domain), conditions: conditions, options: options, depthLimit: depthLimit,
            stopsAtFirstAgreement: stopsAtFirstAgreement)
        let total = counter.count(Array(conditions.indices), over: Array(scenario.issues.indices))
        return (total, counter.cut, counter.boxes)
    }

    /// Checks the counter against brute force on the scenario of each
    /// seed; how many of them have some agreements but not all.
    static func checkAgainstBruteForce(seeds: ClosedRange<UInt64>, _ scenarioText: (UInt64) -> String) throws -> Int {
        var nonTrivial = 0
        for seed in seeds {
            let text = scenarioText(seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0, "seed \(seed)\n\(text)")
            let expected = bruteForceCount(scenario)
            let (counted, cut) = try count(text)
            #expect(cut == nil, "seed \(seed)")
            #expect(counted == BigCount(expected), "seed \(seed)\n\(text)")
            let total = scenario.issues.reduce(UInt64(1)) { $0 * $1.domain.size }
            if expected > 0 && expected < total { nonTrivial += 1 }
        }
        return nonTrivial
    }

    @Test func countsAgreeWithBruteForce() throws {
        #expect(try AgreementCounterTests.checkAgainstBruteForce(seeds: 1...400, AgreementCounterTests.scenarioText) > 150)
    }

    @Test func monotoneChainCountsAsMultisets() throws {
        // x0 <= x1 <= ... <= x29 over 0..10: the multisets of 30 values out
        // of 11, C(40, 10).
        var text = (0..<30).map { "issue x\($0): 0..10\n" }.joined() + "party p {\n"
        for i in 0..<29 { text += "  demand d\(i): x\(i) <= x\(i + 1)\n" }
        let (counted, cut) = try AgreementCounterTests.count(text + "}\n")
        #expect(cut == nil)
        #expect(counted == BigCount(847_660_528))
    }

    @Test func wideRangesAreCutAtBreakpointsNotValueByValue() throws {
        // 0 <= x <= 1,000,000 with x in [250,000, 600,000) or x == 999,999,
        // and y within 10 of 500,000 unless b: only a few boxes are needed.
        let text = """
        issue x: 0..1000000
        issue y: 0..1000000
        issue b: bool
        party p {
          demand d1: (x >= 250000 and x < 600000) or x == 999999
          demand d2: b or (y >= 499990 and y <= 500010)
        }
        """
        let (counted, cut) = try AgreementCounterTests.count(text, workLimit: 100)
        #expect(cut == nil)
        #expect(counted == BigCount(350_001) * (BigCount(1_000_001) + BigCount(21)))
    }

    @Test func starOfIssuesSplitsIntoComponentsOnceTheHubIsFixed() throws {
        // Forty leaves each tied to the hub h: "h == 0 or leaf <= 2", leaves
        // 0..9. With h = 0 everything goes (10^40), with h = 1..4 each leaf
        // has 3 values (4 * 3^40). Once the hub is split, the leaves fall
        // apart: one box for the hub and one per leaf, not the product.
        var text = "issue h: 0..4\n" + (0..<40).map { "issue l\($0): 0..9\n" }.joined() + "party p {\n"
        for i in 0..<40 { text += "  demand d\(i): h == 0 or l\(i) <= 2\n" }
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text + "}\n", workLimit: 1000)
        var expected = BigCount.one
        for _ in 0..<40 { expected = expected * BigCount(10) }
        var threes = BigCount(4)
        for _ in 0..<40 { threes = threes * BigCount(3) }
        #expect(cut == nil)
        #expect(boxes == 41)
        #expect(counted == expected + threes)
    }

    @Test func twoConditionsOnOneNamedIssueNarrowItInTurn() throws {
        // d1 and d2 depend on e alone and narrow it to {v0, v2} in one box
        // (d2 after d1): e = v0 leaves x free (1,001), e = v2 needs x >= 500
        // (501). With d2 ruling out the rest, nothing is left.
        func text(_ d2: String) -> String {
            """
            issue e: v0 | v1 | v2 | v3 | v4
            issue x: 0..1000
            party p {
              demand d1: e in {v0, v1, v2}
              demand d2: \(d2)
              demand d3: e == v0 or x >= 500
            }
            """
        }
        let (counted, cut) = try AgreementCounterTests.count(text("e != v1"))
        #expect(cut == nil)
        #expect(counted == BigCount(1_502))
        let (none, noneCut) = try AgreementCounterTests.count(text("e not in {v0, v1, v2}"))
        #expect(noneCut == nil)
        #expect(none == .zero)
    }

    /// The agreements of `issues` issues over 0...bound with each two
    /// neighbours summing to at most the bound, by dynamic programming
    /// along the chain: ways[v] is the number of prefixes ending in v.
    static func chainCount(issues: Int, sumAtMost bound: Int) -> BigCount {
        var ways = Array(repeating: BigCount.one, count: bound + 1)
        for _ in 1..<issues {
            var prefix = BigCount.zero
            var sums: [BigCount] = []
            for v in 0...bound {
                prefix = prefix + ways[v]
                sums.append(prefix)
            }
            ways = (0...bound).map { sums[bound - $0] }
        }
        return ways.reduce(BigCount.zero, +)
    }

    @Test func workLimitLeavesALowerBound() throws {
        var text = (0..<12).map { "issue x\($0): 0..100\n" }.joined() + "party p {\n"
        for i in 0..<11 { text += "  demand d\(i): x\(i) + x\(i + 1) <= 100\n" }
        let (counted, cut) = try AgreementCounterTests.count(text + "}\n", workLimit: 50)
        #expect(cut == .limit)
        let exact = Self.chainCount(issues: 12, sumAtMost: 100)
        #expect(counted < exact)
        let (smaller, _) = try AgreementCounterTests.count(text + "}\n", workLimit: 20)
        #expect(smaller <= counted)
    }

    @Test func depthLimitLeavesALowerBound() throws {
        // x0 <= x1 <= ... <= x39 over wide ranges: splits nest deeper than
        // ten levels at once.
        var text = (0..<40).map { "issue x\($0): 0..1000000000\n" }.joined() + "party p {\n"
        for i in 0..<39 { text += "  demand d\(i): x\(i) <= x\(i + 1)\n" }
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text + "}\n", workLimit: 1_000_000, depthLimit: 10)
        #expect(cut == .limit)
        #expect(boxes < 1_000_000)
        #expect(counted < BigCount(1_000_000_001) * BigCount(1_000_000_001))
    }

    @Test func twoFreeIntegersAreSweptOverTheNarrowerOne() throws {
        // A comparison over two free integer issues is decided only once
        // one of them is fixed: the counter fixes the narrower (y, 51
        // values) in turn, about one box per value, and cuts x exactly.
        let text = """
        issue x: -300..1000
        issue y: 0..50
        party p {
          demand d1: 2 * x - 7 * y <= 600 or x == y
          demand d2: x + y != 17
        }
        """
        var expected: UInt64 = 0
        for x in -300...1000 {
            for y in 0...50 where (2 * x - 7 * y <= 600 || x == y) && x + y != 17 { expected += 1 }
        }
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text, workLimit: 1000)
        #expect(cut == nil)
        #expect(boxes <= 60)
        #expect(counted == BigCount(expected))
    }

    @Test func atomsDecidedInTheBoxDoNotDrawTheSplit() throws {
        // Every leaf condition mentions w in `2 * w + 4 * l == 7`, which no
        // whole numbers meet: it is decided, so the star depends on the hub
        // h, and w only on `w + v + h == 1000`. Counting w's mentions in the
        // text would split w (declared first) before h, down to single
        // values, and count the star under each; counting what the
        // conditions still depend on splits h, which leaves the leaves
        // apart and the equation to the plane count.
        var text = "issue w: 0..1000\nissue v: 0..1000\nissue h: 0..4\n"
        text += (0..<20).map { "issue l\($0): 0..9\n" }.joined() + "party p {\n"
        for i in 0..<20 { text += "  demand d\(i): h == 0 or l\(i) <= 2 or 2 * w + 4 * l\(i) == 7\n" }
        text += "  demand link: w + v + h == 1000\n}\n"
        var tens = BigCount.one
        var threes = BigCount.one
        for _ in 0..<20 {
            tens = tens * BigCount(10)
            threes = threes * BigCount(3)
        }
        // h = 0: any leaves, 1,001 pairs (w, v); h = 1...4: leaves <= 2,
        // 1,001 - h pairs.
        let expected = tens * BigCount(1_001) + threes * BigCount(1_000 + 999 + 998 + 997)
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text, workLimit: 100_000)
        #expect(cut == nil)
        #expect(counted == expected)
        #expect(boxes <= 200)
    }

    @Test func stoppingAtTheFirstAgreementTellsEmptyFromNonEmptyAsBruteForceDoes() throws {
        var empty = 0
        for seed in UInt64(1)...300 {
            let text = AgreementCounterTests.scenarioText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0, "seed \(seed)")
            let expected = AgreementCounterTests.bruteForceCount(scenario)
            let (counted, cut, _) = try AgreementCounterTests.countWithBoxes(text, workLimit: 1_000_000, stopsAtFirstAgreement: true)
            #expect(cut == nil, "seed \(seed)")
            #expect(counted.isZero == (expected == 0), "seed \(seed)\n\(text)")
            #expect(counted <= BigCount(expected), "seed \(seed)")
            if expected == 0 { empty += 1 }
        }
        #expect(empty > 20)
    }

    @Test func stoppingAtTheFirstAgreementSplitsFewerBoxes() throws {
        // Twelve independent demands on three integers each: the counter
        // fixes c to each of its values and counts the plane left in
        // closed form; the full count needs all four planes of each, the
        // existence check the first.
        var text = ""
        for i in 0..<12 { text += "issue a\(i): 0..300\nissue b\(i): 0..300\nissue c\(i): 0..3\n" }
        text += "party p {\n"
        for i in 0..<12 { text += "  demand d\(i): a\(i) + b\(i) != 100 + 10 * c\(i) and a\(i) - b\(i) != 7 * c\(i)\n" }
        text += "}\n"
        let (exact, exactCut, exactBoxes) = try AgreementCounterTests.countWithBoxes(text, workLimit: 1_000_000)
        let (found, foundCut, foundBoxes) = try AgreementCounterTests.countWithBoxes(
            text, workLimit: 1_000_000, stopsAtFirstAgreement: true)
        #expect(exactCut == nil && foundCut == nil)
        #expect(!found.isZero && found <= exact)
        #expect(foundBoxes < exactBoxes)
    }
}
