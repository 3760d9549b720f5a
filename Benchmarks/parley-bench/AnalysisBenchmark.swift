import Foundation
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// Times the full JSON report on generated families of scenarios built like
/// real talks: most demands agree with a hidden common ground, a few planted
/// pairs genuinely clash, and a what-if concedes one side of each clash.
enum AnalysisBenchmark {
    struct Family {
        var name: String
        var parties: Int
        var issues: Int
        var demandsPerParty: Int
        var maxRange: Int
        var clashes: Int
    }

    static let medium = Family(name: "medium", parties: 5, issues: 25, demandsPerParty: 15, maxRange: 100, clashes: 3)
    static let large = Family(name: "large", parties: 8, issues: 150, demandsPerParty: 40, maxRange: 1000, clashes: 6)

    static func run(export directory: String?, count: Int, families: [String], ladders: Bool = false, ranges: Bool = false) {
        for family in [medium, large] where families.contains(family.name) {
            var times: [Double] = []
            for seed in 1...count {
                let generated = generate(family, seed: UInt64(seed))
                let text = ladders ? withLadders(generated) : generated
                let name = "\(family.name)-\(seed)"
                if let directory {
                    _ = FileManager.default.createFile(atPath: "\(directory)/\(name).parley", contents: Data(text.utf8))
                }
                guard let scenario = ScenarioChecker.load(SourceFile(name: name, text: text)).0 else {
                    print("\(name): generated scenario is invalid")
                    exit(70)
                }
                if ranges {
                    compareRanges(scenario, text: text, name: name)
                    continue
                }
                let (report, json, seconds) = timedReport(scenario, name: name)
                times.append(seconds)
                let a = report.analysis
                let w = report.whatIfs.first?.analysis
                let agreements = w.map { w in
                    let digits = w.agreements.count.description
                    return "\(digits.prefix(12))\(digits.count > 12 ? "... (\(digits.count) digits)" : "")\(w.agreements.exact ? " exactly" : " or more")"
                } ?? "-"
                print(String(format: "%@  %.3f s  conflicts %d, concessions %@, what-if feasible %@, agreements %@ (%d bytes)",
                             name, seconds, a.conflicts.count, a.concessionsTotal?.description ?? "?",
                             String(describing: w?.feasible ?? nil), agreements, json.utf8.count))
                if let directory { exportForReference(scenario, name: name, to: directory) }
            }
            let sorted = times.sorted()
            guard !sorted.isEmpty else {
                if ranges, family.name == families.last { compareRanges(product(disputes: 20), name: "product-20") }
                continue
            }
            print(String(format: "%@: %d scenarios, median %.3f s, max %.3f s", family.name, count, sorted[sorted.count / 2], sorted.last ?? 0))
        }
    }

    /// Times what `parley report FILE --format json` does on each file, in
    /// process and with default limits: check the scenario, prove its
    /// fallback ladders, analyse the baseline and every what-if, render the
    /// JSON. Prints per file the seconds, what the baseline found and each
    /// what-if's count (first digits, length, exact or a lower bound), then
    /// the median and the total.
    static func runFiles(_ paths: [String]) {
        var times: [Double] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                print("\(path): unreadable")
                exit(66)
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let start = ContinuousClock.now
            guard let scenario = ScenarioChecker.load(SourceFile(name: path, text: text)).0 else {
                print("\(name): invalid scenario")
                exit(65)
            }
            let problems = Analyzer.verifyLadders(scenario)
            let report = Analyzer.report(scenario, file: path)
            let json = JSONReport.render(report)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            times.append(seconds)
            let counts = ([report.analysis] + report.whatIfs.map(\.analysis)).map { analysis -> String in
                guard analysis.feasible == true else { return "-" }
                return describe(analysis.agreements)
            }
            let cut = ([report.analysis] + report.whatIfs.map(\.analysis)).flatMap(\.incomplete)
            print(String(format: "%@  %.3f s  conflicts %d, concessions %@, agreements %@%@%@ (%d bytes)",
                         name, seconds, report.analysis.conflicts.count, report.analysis.concessionsTotal?.description ?? "?",
                         counts.joined(separator: " / "), problems.isEmpty ? "" : ", ladder problems \(problems.count)",
                         cut.isEmpty ? "" : ", cut: " + Set(cut.map { "\($0.part.rawValue) \($0.reason.rawValue)" }).sorted().joined(separator: ", "),
                         json.utf8.count))
        }
        let sorted = times.sorted()
        print(String(format: "files: %d, median %.3f s, max %.3f s, total %.3f s",
                     sorted.count, sorted[sorted.count / 2], sorted.last ?? 0, times.reduce(0, +)))
    }

    /// A count's first digits, its length and whether it is exact.
    static func describe(_ count: AgreementCount) -> String {
        let digits = count.count.description
        return "\(digits.prefix(12))\(digits.count > 12 ? "... (\(digits.count) digits)" : "")\(count.exact ? " exactly" : " or more")"
    }

    /// The full JSON report and the seconds it took.
    static func timedReport(_ scenario: Scenario, name: String) -> (ScenarioAnalysis, String, Double) {
        let start = ContinuousClock.now
        let report = Analyzer.report(scenario, file: name)
        let json = JSONReport.render(report)
        let elapsed = ContinuousClock.now - start
        return (report, json, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Times the report of the scenario as generated (point costs) and with
    /// every demand's cost widened to a range, alternately, three times
    /// each: what judging the possibly/necessarily-cheapest flags over
    /// ranges adds to the report.
    static func compareRanges(_ text: String, name: String) {
        guard let scenario = ScenarioChecker.load(SourceFile(name: name, text: text)).0 else {
            print("\(name): generated scenario is invalid")
            exit(70)
        }
        compareRanges(scenario, text: text, name: name)
    }

    /// Independent clashes, one per issue, each with two ways out: 2^N
    /// global concession sets, judged from the disputes without listing them.
    static func product(disputes: Int) -> String {
        var text = ""
        for k in 0..<disputes { text += "issue x\(k): 0..10\n" }
        text += "party a {\n"
        for k in 0..<disputes { text += "  demand cap\(k) cost \(1 + k % 3): x\(k) <= 3\n" }
        text += "}\nparty b {\n"
        for k in 0..<disputes { text += "  demand floor\(k) cost \(2 + k % 2): x\(k) >= 7\n" }
        return text + "}\n"
    }

    static func compareRanges(_ scenario: Scenario, text: String, name: String) {
        guard let ranged = ScenarioChecker.load(SourceFile(name: name, text: withCostRanges(text))).0 else {
            print("\(name): scenario with ranges is invalid")
            exit(70)
        }
        var point: [Double] = [], range: [Double] = []
        var judged = 0
        for _ in 0..<3 {
            point.append(timedReport(scenario, name: name).2)
            let (report, _, seconds) = timedReport(ranged, name: name)
            range.append(seconds)
            judged = report.analysis.concessions.filter { $0.possiblyCheapest != nil }.count
        }
        let p = point.sorted()[1], r = range.sorted()[1]
        print(String(format: "%@  point costs %.3f s, cost ranges %.3f s (ratio %.3f; %d concessions judged, %@ in all)",
                     name, p, r, r / p, judged, ranged.parties.isEmpty ? "0" : Analyzer.analyze(issues: ranged.issues, parties: ranged.parties).concessionsTotal?.description ?? "?"))
    }

    /// The scenario with every demand's `cost C` widened to `cost C..C+2`.
    static func withCostRanges(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  demand "), let start = line.range(of: " cost "), let colon = line[start.upperBound...].firstIndex(of: ":"),
                  let cost = Int(line[start.upperBound..<colon]) else { return String(line) }
            return String(line[..<start.upperBound]) + "\(cost)..\(cost + 2)" + String(line[colon...])
        }.joined(separator: "\n")
    }

    /// The scenario with a two-step fallback ladder on every third demand
    /// of the parties: each step the one before `or` the next demand's
    /// condition, so weaker by construction, at cost 0 (never above the
    /// withdrawal cost, never falling).
    static func withLadders(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let conditions = lines.compactMap { line -> String? in
            guard line.hasPrefix("  demand "), let colon = line.firstIndex(of: ":") else { return nil }
            let rest = line[line.index(colon, offsetBy: 2)...]
            return String(rest.range(of: " source ").map { rest[..<$0.lowerBound] } ?? rest)
        }
        var k = 0
        return lines.map { line in
            guard line.hasPrefix("  demand ") else { return line }
            k += 1
            guard k % 3 == 0, conditions.count > 1 else { return line }
            let own = conditions[(k - 1) % conditions.count], other = conditions[k % conditions.count]
            let first = "(\(own)) or (\(other))"
            return line + "\n    fallback cost 0: \(first)\n    fallback cost 0: (\(first)) or (\(conditions[(k + 1) % conditions.count]))"
        }.joined(separator: "\n")
    }

    /// For Scripts/marco-z3.py: the baseline and the `settle` what-if as
    /// SMT-LIB, and in NAME.json what Parley found (the baseline's conflicts
    /// and concessions, the what-if's overlap as intervals of values or
    /// value indexes) with the time of the two analyses alone, without the
    /// report around them.
    static func exportForReference(_ scenario: Scenario, name: String, to directory: String) {
        let settled = scenario.positions(applying: scenario.whatIfs[0])
        let start = ContinuousClock.now
        let baseline = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        let whatIf = Analyzer.analyze(issues: scenario.issues, parties: settled)
        let elapsed = ContinuousClock.now - start
        let overlap: [[[Int64]]] = whatIf.overlap.map { issue in
            switch issue {
            case .values(let indexes): return indexes.map { [Int64($0), Int64($0)] }
            case .flags(let flags): return flags.map { [$0 ? 1 : 0, $0 ? 1 : 0] }
            case .intervals(let intervals): return intervals.map { [$0.lowerBound, $0.upperBound] }
            }
        }
        let found: [String: Any] = [
            "seconds": Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            "conflicts": baseline.conflicts.map(\.demands),
            "concessions": baseline.concessions.map(\.demands),
            "concessionsTotal": baseline.concessionsTotal?.description ?? "unknown",
            "overlap": overlap,
        ]
        _ = FileManager.default.createFile(
            atPath: "\(directory)/\(name).smt2",
            contents: Data(SMTLIBExport.export(issues: scenario.issues, parties: scenario.parties).utf8))
        _ = FileManager.default.createFile(
            atPath: "\(directory)/\(name).settle.smt2",
            contents: Data(SMTLIBExport.export(issues: scenario.issues, parties: settled).utf8))
        if let json = try? JSONSerialization.data(withJSONObject: found, options: [.sortedKeys]) {
            _ = FileManager.default.createFile(atPath: "\(directory)/\(name).json", contents: json)
        }
    }

    /// A scenario of the family, from a seed.
    static func generate(_ family: Family, seed: UInt64) -> String {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        enum Kind { case values(Int), flag, range(Int) }
        var kinds: [Kind] = []
        var ideal: [Int] = []
        var out = "scenario \"\(family.name) talks \(seed)\"\n"
        for i in 0..<family.issues {
            switch next(3) {
            case 0:
                let n = 3 + next(2)
                kinds.append(.values(n))
                ideal.append(next(n))
                out += "issue i\(i): " + (0..<n).map { "v\($0)" }.joined(separator: " | ") + "\n"
            case 1:
                kinds.append(.flag)
                ideal.append(next(2))
                out += "issue i\(i): bool\n"
            default:
                let high = 10 + next(family.maxRange - 9)
                kinds.append(.range(high))
                ideal.append(next(high + 1))
                out += "issue i\(i): 0..\(high)\n"
            }
        }
        /// A demand on one or two issues that the ideal agreement meets.
        func agreeable() -> String {
            let i = next(family.issues)
            let j = next(family.issues)
            func atom(_ i: Int) -> String {
                switch kinds[i] {
                case .values(let n):
                    let other = (ideal[i] + 1 + next(n - 1)) % n
                    return next(2) == 0 ? "i\(i) in {v\(ideal[i]), v\(other)}" : "i\(i) != v\(other)"
                case .flag:
                    return ideal[i] == 1 ? "i\(i)" : "not i\(i)"
                case .range(let high):
                    return next(2) == 0 ? "i\(i) >= \(max(0, ideal[i] - next(high / 2 + 1)))" : "i\(i) <= \(min(high, ideal[i] + next(high / 2 + 1)))"
                }
            }
            switch next(4) {
            case 0: return "\(atom(i)) and \(atom(j))"
            case 1:
                if case .range = kinds[i], case .range = kinds[j], i != j {
                    return "i\(i) + 2 * i\(j) <= \(ideal[i] + 2 * ideal[j] + next(50))"
                }
                return atom(i)
            case 2: return "\(atom(i)) or i\(j) == \(kindsValue(kinds[j], ideal[j] == 0 ? 1 : 0))"
            default: return atom(i)
            }
        }
        func kindsValue(_ kind: Kind, _ v: Int) -> String {
            switch kind {
            case .values(let n): return "v\(v % n)"
            case .flag: return v == 1 ? "true" : "false"
            case .range: return String(v)
            }
        }
        var demands = Array(repeating: [String](), count: family.parties)
        for p in 0..<family.parties {
            for _ in 0..<(family.demandsPerParty - 1) { demands[p].append(agreeable()) }
        }
        // Planted clashes: two parties pull one issue apart.
        var conceded: [String] = []
        for c in 0..<family.clashes {
            let i = next(family.issues)
            let a = c % family.parties
            let b = (c + 1 + next(family.parties - 1)) % family.parties
            let (mine, theirs): (String, String)
            switch kinds[i] {
            case .values(let n): (mine, theirs) = ("i\(i) == v\(ideal[i])", "i\(i) == v\((ideal[i] + 1) % n)")
            case .flag: (mine, theirs) = (ideal[i] == 1 ? "i\(i)" : "not i\(i)", ideal[i] == 1 ? "not i\(i)" : "i\(i)")
            case .range(let high): (mine, theirs) = ("i\(i) <= \(ideal[i])", "i\(i) >= \(min(high, ideal[i] + 1 + next(5)))")
            }
            demands[a].append(mine)
            demands[b].append(theirs)
            conceded.append("p\(b).d\(demands[b].count - 1)")
            if case .range(let high) = kinds[i], ideal[i] == high { demands[b][demands[b].count - 1] = "i\(i) >= \(high)" }
        }
        for p in 0..<family.parties {
            out += "\nparty p\(p) \"Party \(p)\" {\n"
            for (d, condition) in demands[p].enumerated() {
                out += "  demand d\(d) cost \(1 + next(3)): \(condition) source \"Delegation \(p), session \(1 + next(9))\"\n"
            }
            out += "}\n"
        }
        out += "\nwhatif settle \"Each clash conceded by its second party\" {\n"
        for qualified in Set(conceded).sorted() { out += "  concede \(qualified)\n" }
        out += "}\n"
        return out
    }
}
