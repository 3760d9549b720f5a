import Foundation
import ParleyModel
import ParleySAT

// parley-bench: release-build benchmarks that print figures.
//   swift run -c release parley-bench parse [MEGABYTES]
//   swift run -c release parley-bench sat [--quick]
//   swift run -c release parley-bench analysis [--family medium|large] [--export DIR] [--count N] [--ladders] [--ranges]
//   swift run -c release parley-bench analysis --files FILE... [--family medium|large] [--count N]
//   swift run -c release parley-bench pareto [--large] [--export DIR] [--count N]
//   swift run -c release parley-bench cardinality [--export DIR] [--case NAME]
//   swift run -c release parley-bench cnf DIR FILE...   (CNF for Scripts/pysat-reference.py)
// Figures and the commands that produced them go in docs/performance.md.

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
    ParseBenchmark.run(megabytes: arguments.count > 1 ? Int(arguments[1]) ?? 10 : 10)
case "sat":
    SATBenchmark.run(quick: arguments.contains("--quick"))
case "analysis":
    let export = arguments.firstIndex(of: "--export").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    let count = arguments.firstIndex(of: "--count").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 10
    let files = arguments.firstIndex(of: "--files").map { start in
        Array(arguments[(start + 1)...].prefix { !$0.hasPrefix("--") })
    } ?? []
    let familyGiven = arguments.contains("--family") || arguments.contains("--count")
    let families = arguments.firstIndex(of: "--family").flatMap { $0 + 1 < arguments.count ? [arguments[$0 + 1]] : nil }
        ?? (files.isEmpty || familyGiven ? ["medium", "large"] : [])
    if !files.isEmpty { AnalysisBenchmark.runFiles(files) }
    AnalysisBenchmark.run(export: export, count: count, families: families, ladders: arguments.contains("--ladders"), ranges: arguments.contains("--ranges"))
case "pareto":
    let export = arguments.firstIndex(of: "--export").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    let count = arguments.firstIndex(of: "--count").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 10
    if arguments.contains("--large") {
        ParetoBenchmark.runLarge(count: count)
    } else {
        ParetoBenchmark.run(export: export, count: count)
    }
case "cardinality":
    let export = arguments.firstIndex(of: "--export").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    let only = arguments.firstIndex(of: "--case").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    CardinalityBenchmark.run(export: export, only: only)
case "cnf" where arguments.count > 2:
    DIMACSExport.run(files: Array(arguments.dropFirst(2)), directory: arguments[1])
default:
    print("usage: parley-bench parse [MEGABYTES] | sat [--quick] | analysis [--family medium|large] [--export DIR] [--count N] [--ladders] [--ranges] [--files FILE...] | pareto [--large] [--export DIR] [--count N] | cardinality [--export DIR] [--case NAME] | cnf DIR FILE...")
    exit(64)
}
