import Foundation
import ParleyAnalysis
import ParleyModel

/// Times the Pareto frontier (the `best` key, with focal points) on the
/// outcome spaces of the best-compromises issue: 8 issues of 6 values, 3
/// parties with 10 weighted preferences each (`issue in {...}`, so that the
/// utilities are additive per issue and NegMAS can take them as linear
/// additive utility functions). With `--export DIR` each scenario is written
/// as DIR/pareto-N.parley, its utility tables as DIR/pareto-N.json and
/// Parley's frontier and time as DIR/pareto-N.front.json, for
/// Scripts/pareto-negmas.py to compare with NegMAS side by side.
enum ParetoBenchmark {
    static let issues = 8
    static let values = 6
    static let parties = 3
    static let preferences = 10

    static func run(export directory: String?, count: Int) {
        var times: [Double] = []
        for seed in 1...count {
            let (text, tables) = generate(seed: UInt64(seed))
            let name = "pareto-\(seed)"
            guard let scenario = ScenarioChecker.load(SourceFile(name: name, text: text)).0 else {
                print("\(name): generated scenario is invalid")
                exit(70)
            }
            let start = ContinuousClock.now
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            times.append(seconds)
            print(String(format: "%@  %.4f s  front %d, nash %@", name, seconds, analysis.best.count,
                         analysis.focal.map { $0.nash.utilities.map(String.init).joined(separator: "/") } ?? "-"))
            if let directory {
                let front = analysis.best.map { "[" + $0.utilities.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ", ")
                write("\(directory)/\(name).parley", text)
                write("\(directory)/\(name).json", tables)
                write("\(directory)/\(name).front.json", "{\"seconds\": \(seconds), \"front\": [\(front)]}\n")
            }
        }
        let sorted = times.sorted()
        print(String(format: "pareto: %d scenarios of %d^%d outcomes, median %.4f s, max %.4f s",
                     count, values, issues, sorted[sorted.count / 2], sorted.last ?? 0))
    }

    private static func write(_ path: String, _ text: String) {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            print("cannot write \(path)")
            exit(73)
        }
    }

    /// A scenario and, as JSON, each party's utility table: for each issue
    /// and value, the sum of the weights of the preferences it meets.
    static func generate(seed: UInt64) -> (String, String) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var text = "scenario \"Pareto benchmark \(seed)\"\n\n"
        let valueNames = (0..<values).map { "v\($0)" }
        for i in 0..<issues { text += "issue x\(i): \(valueNames.joined(separator: " | "))\n" }
        var tables: [[[Int]]] = []
        for p in 0..<parties {
            text += "\nparty p\(p) {\n"
            var table = Array(repeating: Array(repeating: 0, count: values), count: issues)
            for q in 0..<preferences {
                let issue = next(issues)
                var chosen = Set<Int>()
                for _ in 0..<(1 + next(3)) { chosen.insert(next(values)) }
                let weight = 1 + next(9)
                for v in chosen { table[issue][v] += weight }
                let set = chosen.sorted().map { valueNames[$0] }.joined(separator: ", ")
                text += "  prefer q\(q) weight \(weight): x\(issue) in {\(set)}\n"
            }
            text += "}\n"
            tables.append(table)
        }
        let json = "{\"issues\": \(issues), \"values\": \(values), \"tables\": ["
            + tables.map { table in "[" + table.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]" }
                .joined(separator: ", ") + "]}\n"
        return (text, json)
    }

    /// The large family of the analysis benchmark (8 parties, 150 issues of
    /// up to 1,000 values, 40 demands each) with 10 weighted preferences
    /// added per party. The baseline is infeasible; its what-if concedes one
    /// side of each planted clash, and the analysis of the what-if's
    /// positions is timed, frontier included (counting is capped at 10
    /// cubes, since the count is not the question here; the run stops at
    /// 240 seconds). Enumerating the outcomes is hopeless: there are about
    /// 10^400 of them.
    static func runLarge(count: Int) {
        var times: [Double] = []
        for seed in 1...count {
            let base = AnalysisBenchmark.generate(AnalysisBenchmark.large, seed: UInt64(seed))
            guard let plain = ScenarioChecker.load(SourceFile(name: "large", text: base)).0 else { exit(70) }
            var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 11
            func next(_ n: Int) -> Int {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Int((state >> 33) % UInt64(n))
            }
            // Insert each party's preferences before the closing brace of its block.
            var text = ""
            var party = 0
            for line in base.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "}" && party < plain.parties.count {
                    for q in 0..<preferences {
                        let issue = plain.issues[next(plain.issues.count)]
                        let condition: String
                        switch issue.domain {
                        case .values(let names): condition = "\(issue.name) == \(names[next(names.count)])"
                        case .bool: condition = next(2) == 0 ? issue.name : "not \(issue.name)"
                        case .integers(let low, let high):
                            let pivot = low + Int64(next(Int(high - low) + 1))
                            condition = next(2) == 0 ? "\(issue.name) >= \(pivot)" : "\(issue.name) <= \(pivot)"
                        }
                        text += "  prefer q\(q) weight \(1 + next(9)): \(condition)\n"
                    }
                    party += 1
                }
                text += line + "\n"
            }
            guard let scenario = ScenarioChecker.load(SourceFile(name: "large", text: text)).0 else {
                print("large-\(seed): generated scenario is invalid")
                exit(70)
            }
            guard let whatIf = scenario.whatIfs.first else { exit(70) }
            var options = AnalysisOptions()
            options.countLimit = 10
            // A deadline, so that the figure is printed either way.
            options.deadline = .now + .seconds(240)
            let meter = ProgressMeter()
            options.progress = meter
            let start = ContinuousClock.now
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.positions(applying: whatIf), options: options)
            print("large-\(seed): last stage \(meter.current.stage), \(meter.current.found) found")
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            times.append(seconds)
            let exact = analysis.complete || !analysis.incomplete.contains { $0.part == .best }
            print(String(format: "large-%d  %.3f s  feasible %@, front %d vectors, %@", seed, seconds,
                         String(describing: analysis.feasible), analysis.best.count, exact ? "exact" : "CUT"))
        }
        let sorted = times.sorted()
        print(String(format: "pareto large: %d scenarios, median %.3f s, max %.3f s", count, sorted[sorted.count / 2], sorted.last ?? 0))
    }
}
