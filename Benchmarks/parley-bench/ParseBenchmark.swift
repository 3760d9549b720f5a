import Foundation
import ParleyModel

/// Generates a large scenario (thousands of issues, tens of thousands of
/// demands) and times parse + check on it.
enum ParseBenchmark {
    static func run(megabytes: Int) {
        let text = generate(bytes: megabytes * 1_000_000)
        let bytes = Array(text.utf8)
        let file = SourceFile(name: "bench.parley", bytes: bytes)
        let residentBefore = memoryFigure("VmRSS")
        var best = Double.infinity
        var demands = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            let fresh = SourceFile(name: file.name, bytes: file.bytes)
            let (scenario, diagnostics) = ScenarioChecker.load(fresh)
            let elapsed = ContinuousClock.now - start
            precondition(diagnostics.isEmpty, "generated scenario is invalid")
            demands = scenario?.parties.reduce(0) { $0 + $1.demands.count } ?? 0
            best = min(best, seconds(elapsed))
        }
        let peak = memoryFigure("VmHWM")
        // The two halves on their own, for finding where the time goes.
        var parseOnly = Double.infinity
        var checkOnly = Double.infinity
        for _ in 0..<5 {
            let fresh = SourceFile(name: file.name, bytes: file.bytes)
            let t0 = ContinuousClock.now
            let (syntax, _) = Parser.parse(fresh)
            let t1 = ContinuousClock.now
            _ = ScenarioChecker.check(syntax, in: fresh)
            let t2 = ContinuousClock.now
            parseOnly = min(parseOnly, seconds(t1 - t0))
            checkOnly = min(checkOnly, seconds(t2 - t1))
        }
        let megabytesRead = Double(bytes.count) / 1e6
        print("parse+check: \(String(format: "%.1f", megabytesRead)) MB, \(demands) demands")
        print("  best of 5: \(String(format: "%.3f", best)) s = \(String(format: "%.1f", megabytesRead / best)) MB/s")
        print("  of which parse \(String(format: "%.3f", parseOnly)) s, check \(String(format: "%.3f", checkOnly)) s (best of 5 each)")
        print("  peak memory above the loaded text: \(String(format: "%.1f", Double(peak - residentBefore) / 1e6)) MB"
              + " = \(String(format: "%.1f", Double(peak - residentBefore) / Double(bytes.count)))x the file size")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// A kB figure from /proc/self/status, in bytes.
    static func memoryFigure(_ key: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    static func generate(bytes target: Int) -> String {
        var out = "scenario \"Benchmark\"\n"
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let issueCount = max(100, target / 2_500) / 3 * 3
        for i in 0..<issueCount {
            switch i % 3 {
            case 0: out += "issue e\(i) \"Issue \(i)\": north | middle | south | east\n"
            case 1: out += "issue b\(i): bool\n"
            default: out += "issue n\(i): 0..1000\n"
            }
        }
        func name(_ kind: Int) -> String {
            var i = next(issueCount)
            i -= i % 3
            return ["e", "b", "n"][kind] + String(i + kind)
        }
        var party = 0
        while out.utf8.count < target {
            out += "party p\(party) \"Party \(party)\" {\n"
            for d in 0..<500 {
                let condition: String
                switch next(4) {
                case 0: condition = "\(name(0)) in {north, south} or \(name(1))"
                case 1: condition = "\(name(2)) + 2 * \(name(2)) <= \(next(3000)) and not \(name(1))"
                case 2: condition = "atleast 1 of {\(name(0)) == east, \(name(2)) >= \(next(1000)), \(name(1)) == false}"
                default: condition = "\(name(1)) implies (\(name(2)) - \(name(2)) != \(next(100)))"
                }
                out += "  demand d\(d) cost \(next(5)): \(condition) source \"Spokesperson, \(2000 + next(25))\"\n"
            }
            out += "}\n"
            party += 1
        }
        return out
    }
}
