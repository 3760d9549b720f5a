import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// Times whole reports of scenarios whose demands count many conditions
/// (issue 20, item 4): one `atleast k of {n conditions}` demand among a
/// normal talk's demands on an 8-issue domain, for n = 10, 100, 560 (the
/// issue's `atleast 404 of {...560 conditions...}`) and 1,000; and two
/// conflicting 840-condition `atleast` demands on a 3-outcome domain, whose
/// report and `explain` both go through the conflict machinery.
enum CardinalityBenchmark {
    /// One generated scenario and whether its `explain` is timed too.
    struct Case {
        var name: String
        var text: String
        var explainIssue: Int?
    }

    static func cases() -> [Case] {
        [10, 100, 560, 1000].map { n in
            Case(name: "list-\(n)", text: eightIssues(conditions: n, seed: UInt64(n)), explainIssue: nil)
        } + [Case(name: "clash-840", text: threeOutcomes(conditions: 840, seed: 840), explainIssue: 0)]
    }

    /// Prints, per case, the seconds of what `parley report FILE --format
    /// json` does in process, what it found, and for the clash the seconds
    /// of `parley explain FILE o`. With `export`, writes every case as
    /// DIR/NAME.parley first (to time another build on the same files);
    /// with `only`, times just the case of that name.
    static func run(export directory: String?, only: String?) {
        let all = cases()
        if let directory {
            for c in all { _ = FileManager.default.createFile(atPath: "\(directory)/\(c.name).parley", contents: Data(c.text.utf8)) }
        }
        for c in all where only.map({ c.name == $0 }) ?? true {
            guard let scenario = ScenarioChecker.load(SourceFile(name: c.name, text: c.text)).0 else {
                print("\(c.name): generated scenario is invalid")
                exit(70)
            }
            let start = ContinuousClock.now
            let report = Analyzer.report(scenario, file: c.name)
            let json = JSONReport.render(report)
            let seconds = elapsed(since: start)
            let analyses = [report.analysis] + report.whatIfs.map(\.analysis)
            let counts = analyses.map { $0.feasible == true ? AnalysisBenchmark.describe($0.agreements) : "-" }
            let cut = analyses.flatMap(\.incomplete)
            var line = String(format: "%@  report %.3f s  conflicts %d, concessions %@, agreements %@%@ (%d bytes)",
                              c.name, seconds, report.analysis.conflicts.count, report.analysis.concessionsTotal?.description ?? "?",
                              counts.joined(separator: " / "),
                              cut.isEmpty ? "" : ", cut: " + Set(cut.map { "\($0.part.rawValue) \($0.reason.rawValue)" }).sorted().joined(separator: ", "),
                              json.utf8.count)
            if let issue = c.explainIssue {
                let start = ContinuousClock.now
                let explanation = Analyzer.explain(scenario, issue: issue)
                line += String(format: "; explain %.3f s (%d values)", elapsed(since: start), explanation.values.count)
            }
            print(line)
        }
    }

    static func elapsed(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// A seeded linear congruential generator.
    struct Random {
        var state: UInt64
        init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Eight issues (enums, flags, integer ranges), five parties with a few
    /// demands each that a hidden ideal agreement meets, one planted clash
    /// that a what-if settles, and party p0's demand `atleast k of {...}`
    /// over `conditions` atoms on those issues, k = 72% of them (the
    /// issue's 404 of 560). The ideal meets 78% of the atoms, so the
    /// demand holds there and fails in most of the domain.
    static func eightIssues(conditions: Int, seed: UInt64) -> String {
        var random = Random(seed: seed)
        enum Kind { case values(Int), flag, range(Int) }
        let kinds: [Kind] = [.values(4), .flag, .range(100), .values(3), .range(1000), .flag, .values(5), .range(50)]
        let ideal = kinds.map { kind -> Int in
            switch kind {
            case .values(let n): return random.next(n)
            case .flag: return random.next(2)
            case .range(let high): return high / 4 + random.next(high / 2)
            }
        }
        var out = "scenario \"Cardinality \(conditions)\"\n"
        for (i, kind) in kinds.enumerated() {
            switch kind {
            case .values(let n): out += "issue i\(i): " + (0..<n).map { "v\($0)" }.joined(separator: " | ") + "\n"
            case .flag: out += "issue i\(i): bool\n"
            case .range(let high): out += "issue i\(i): 0..\(high)\n"
            }
        }
        /// An atom on issue i that the ideal meets or, with `agree` false, fails.
        func atom(_ i: Int, agree: Bool) -> String {
            switch kinds[i] {
            case .values(let n):
                let other = (ideal[i] + 1 + random.next(n - 1)) % n
                switch random.next(3) {
                case 0: return agree ? "i\(i) == v\(ideal[i])" : "i\(i) == v\(other)"
                case 1: return agree ? "i\(i) != v\(other)" : "i\(i) != v\(ideal[i])"
                default:
                    let third = (other + 1 + random.next(n - 1)) % n
                    let pair = agree ? [ideal[i], other] : [other, third == ideal[i] ? other : third]
                    return "i\(i) in {" + Set(pair).sorted().map { "v\($0)" }.joined(separator: ", ") + "}"
                }
            case .flag:
                return (ideal[i] == 1) == agree ? "i\(i)" : "not i\(i)"
            case .range(let high):
                // Thresholds inside the range, so that no atom is trivially
                // true or false.
                let slack = 1 + random.next(high / 3)
                if random.next(2) == 0 {
                    return agree ? "i\(i) >= \(max(1, ideal[i] - slack))" : "i\(i) >= \(min(high, ideal[i] + slack))"
                }
                return agree ? "i\(i) <= \(min(high - 1, ideal[i] + slack))" : "i\(i) <= \(max(0, ideal[i] - slack))"
            }
        }
        func condition(agree: Bool) -> String {
            let i = random.next(kinds.count), j = random.next(kinds.count)
            switch random.next(6) {
            case 0: return "\(atom(i, agree: agree)) and \(atom(j, agree: true))"
            case 1: return "\(atom(i, agree: agree)) or \(atom(j, agree: false))"
            default: return atom(i, agree: agree)
            }
        }
        let agreeing = conditions * 78 / 100
        var agrees = Array(repeating: true, count: agreeing) + Array(repeating: false, count: conditions - agreeing)
        for k in agrees.indices.reversed() { agrees.swapAt(k, random.next(k + 1)) }
        let k = (conditions * 72 + 50) / 100
        let clash = [2, 4, 7][random.next(3)]
        for p in 0..<5 {
            out += "\nparty p\(p) \"Party \(p)\" {\n"
            for d in 0..<5 { out += "  demand d\(d) cost \(1 + random.next(3)): \(condition(agree: true))\n" }
            if p == 0 { out += "  demand count cost 4: atleast \(k) of {" + agrees.map { condition(agree: $0) }.joined(separator: ", ") + "}\n" }
            if p == 1 { out += "  demand clash cost 2: i\(clash) <= \(ideal[clash])\n" }
            if p == 2 { out += "  demand clash cost 3: i\(clash) >= \(ideal[clash] + 2)\n" }
            out += "}\n"
        }
        out += "\nwhatif settle \"The clash conceded by p2\" {\n  concede p2.clash\n}\n"
        return out
    }

    /// One issue of three outcomes and two parties each demanding at least
    /// 500 of its own 840 conditions on it, which only its own favourite
    /// outcome meets (600 there, 360 or fewer elsewhere): a conflict of the
    /// two, with a third party's small demand beside them.
    static func threeOutcomes(conditions: Int, seed: UInt64) -> String {
        var random = Random(seed: seed)
        let names = ["a", "b", "c"]
        /// Conditions true at exactly the outcomes of each set, in these
        /// numbers (scaled to `conditions`, 840 in the issue).
        let sets: [([Int], Int)] = [([0], 240), ([0, 1], 180), ([0, 2], 180), ([1], 60), ([1, 2], 110), ([2], 70)]
        func spelled(_ set: [Int]) -> String {
            if set.count == 1 { return random.next(2) == 0 ? "o == \(names[set[0]])" : "o in {\(names[set[0]])}" }
            let missing = (0..<3).first { !set.contains($0) }!
            return random.next(2) == 0 ? "o != \(names[missing])" : "o in {\(names[set[0]]), \(names[set[1]])}"
        }
        func demand(favouring favourite: Int) -> String {
            var list: [String] = []
            for (set, number) in sets {
                // Outcome 0 in the table stands for the favourite.
                let mapped = set.map { $0 == 0 ? favourite : $0 == favourite ? 0 : $0 }.sorted()
                for _ in 0..<(number * conditions / 840) { list.append(spelled(mapped)) }
            }
            for k in list.indices.reversed() { list.swapAt(k, random.next(k + 1)) }
            return "atleast \(500 * conditions / 840) of {" + list.joined(separator: ", ") + "}"
        }
        return """
            scenario "Two big counts"
            issue o: a | b | c

            party p0 "Party 0" {
              demand count cost 3: \(demand(favouring: 0))
            }

            party p1 "Party 1" {
              demand count cost 2: \(demand(favouring: 1))
            }

            party p2 "Party 2" {
              demand small cost 1: o != c
            }

            whatif settle "Party 1 concedes" {
              concede p1.count
            }

            """
    }
}
