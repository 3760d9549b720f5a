import Foundation
import ParleySAT

// parley-sat: the DIMACS front end of ParleySAT, answering as SAT
// competition solvers do: `s SATISFIABLE` with `v` lines (exit 10),
// `s UNSATISFIABLE` (exit 20), `s UNKNOWN` (exit 0), exit 1 on bad input.

let usage = """
usage: parley-sat [--conflicts N] [--timeout SECONDS] [--stats] FILE.cnf
       parley-sat -   (reads standard input)

Solves a DIMACS CNF file with Parley's CDCL solver and answers in SAT
competition form: 's SATISFIABLE' and 'v ... 0' lines (exit 10),
's UNSATISFIABLE' (exit 20), or 's UNKNOWN' when --conflicts or --timeout
ran out (exit 0). Malformed input: an error naming the line, exit 1.
--stats prints decisions, propagations, conflicts, restarts and learnt
clauses to standard error.

"""

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("parley-sat: \(message)\n".utf8))
    exit(1)
}

var path: String?
var conflicts: Int?
var timeout: Double?
var showStats = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    case "--stats":
        showStats = true
    case "--conflicts":
        guard let value = arguments.popFirst(), let n = Int(value), n >= 0 else { fail("--conflicts needs a number\n\(usage)") }
        conflicts = n
    case "--timeout":
        guard let value = arguments.popFirst(), let s = Double(value), s >= 0 else { fail("--timeout needs a number of seconds\n\(usage)") }
        timeout = s
    default:
        if argument.hasPrefix("-") && argument != "-" { fail("unknown option '\(argument)'\n\(usage)") }
        guard path == nil else { fail("one input file only\n\(usage)") }
        path = argument
    }
}
guard let path else { fail("no input file\n\(usage)") }

let data: Data
if path == "-" {
    data = FileHandle.standardInput.readDataToEndOfFile()
} else {
    guard let contents = FileManager.default.contents(atPath: path) else { fail("cannot read '\(path)'") }
    data = contents
}

let problem: DIMACS
do {
    problem = try DIMACS.parse([UInt8](data))
} catch let error as DIMACS.ParseError {
    fail("\(path == "-" ? "<stdin>" : path): \(error)")
} catch {
    fail("\(error)")
}

let solver = Solver()
solver.ensureVariables(problem.variableCount)
for clause in problem.clauses {
    if !solver.addClause(clause) { break }
}
solver.conflictLimit = conflicts
if let timeout {
    solver.deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
}
let result = solver.solve()

if showStats {
    let s = solver.statistics
    FileHandle.standardError.write(Data("""
    c decisions     \(s.decisions)
    c propagations  \(s.propagations)
    c conflicts     \(s.conflicts)
    c restarts      \(s.restarts)
    c learnt        \(s.learntClauses)
    c deleted       \(s.deletedClauses)

    """.utf8))
}

switch result {
case .satisfiable:
    var out = "s SATISFIABLE\n"
    var line = "v"
    for (index, value) in solver.model.enumerated() {
        let text = " " + String(value ? index + 1 : -(index + 1))
        if line.count + text.count > 78 {
            out += line + "\n"
            line = "v"
        }
        line += text
    }
    out += line + " 0\n"
    FileHandle.standardOutput.write(Data(out.utf8))
    exit(10)
case .unsatisfiable:
    print("s UNSATISFIABLE")
    exit(20)
case .unknown:
    print("s UNKNOWN")
    exit(0)
}
