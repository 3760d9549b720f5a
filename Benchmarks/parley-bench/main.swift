import Foundation
import ParleyModel
import ParleySAT

// parley-bench: release-build benchmarks that print figures.
//   swift run -c release parley-bench parse [MEGABYTES]
//   swift run -c release parley-bench sat [--quick]
// Figures and the commands that produced them go in docs/performance.md.

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
    ParseBenchmark.run(megabytes: arguments.count > 1 ? Int(arguments[1]) ?? 10 : 10)
case "sat":
    SATBenchmark.run(quick: arguments.contains("--quick"))
default:
    print("usage: parley-bench parse [MEGABYTES] | sat [--quick]")
    exit(64)
}
