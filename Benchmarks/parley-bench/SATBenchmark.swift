import Foundation
import ParleySAT

/// Times `parley-sat` against Debian's `minisat`, as whole processes, side by
/// side, instance by instance: the SATLIB sample plus generated instances
/// from fixed seeds.
enum SATBenchmark {
    static func run(quick: Bool) {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("parley-sat").path
        let minisat = ["/usr/bin/minisat", "/usr/local/bin/minisat"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if minisat == nil { print("minisat is not installed (apt-get install minisat): timing parley-sat alone") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var instances: [(String, String)] = []
        let satlib = "Tests/ParleySATTests/Resources/satlib"
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: satlib)) ?? []).sorted() where file.hasSuffix(".cnf") {
            instances.append((file, "\(satlib)/\(file)"))
        }
        func write(_ name: String, _ variables: Int, _ clauses: [[Int]]) {
            let path = directory.appendingPathComponent(name).path
            var text = "p cnf \(variables) \(clauses.count)\n"
            for clause in clauses { text += clause.map(String.init).joined(separator: " ") + " 0\n" }
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            instances.append((name, path))
        }
        var state: UInt64 = 2026
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        func random3SAT(_ n: Int) -> [[Int]] {
            (0..<Int((Double(n) * 4.26).rounded())).map { _ in
                var vars: [Int] = []
                while vars.count < 3 {
                    let v = next(n) + 1
                    if !vars.contains(v) { vars.append(v) }
                }
                return vars.map { next(2) == 0 ? $0 : -$0 }
            }
        }
        let count200 = quick ? 10 : 100
        let count250 = quick ? 2 : 20
        for i in 0..<count200 { write("rand200-\(i).cnf", 200, random3SAT(200)) }
        for i in 0..<count250 { write("rand250-\(i).cnf", 250, random3SAT(250)) }
        // Pigeonhole PHP(10, 9).
        let holes = 9
        var php: [[Int]] = []
        for p in 0..<(holes + 1) { php.append((0..<holes).map { p * holes + $0 + 1 }) }
        for h in 0..<holes {
            for p in 0...holes { for q in (p + 1)..<(holes + 1) { php.append([-(p * holes + h + 1), -(q * holes + h + 1)]) } }
        }
        if !quick { write("php-10-9.cnf", (holes + 1) * holes, php) }
        // Graph colouring: a random graph of 120 vertices, 4 colours.
        let vertices = 120
        var colouring: [[Int]] = []
        for v in 0..<vertices { colouring.append((1...4).map { v * 4 + $0 }) }
        for _ in 0..<(vertices * 5 / 2) {
            let a = next(vertices), b = next(vertices)
            if a != b { for c in 1...4 { colouring.append([-(a * 4 + c), -(b * 4 + c)]) } }
        }
        write("colour-120-4.cnf", vertices * 4, colouring)
        // Parity chain: x1 xor ... xor xn = 1 and = 0 through auxiliary
        // variables, unsatisfiable.
        for n in [40, 80] {
            var clauses: [[Int]] = []
            var previous = 1
            var next = n + 1
            for x in 2...n {
                let y = next
                next += 1
                clauses += [[-previous, -x, -y], [previous, x, -y], [previous, -x, y], [-previous, x, y]]
                previous = y
            }
            var second = 1
            for x in 2...n {
                let y = next
                next += 1
                clauses += [[-second, -x, -y], [second, x, -y], [second, -x, y], [-second, x, y]]
                second = y
            }
            clauses += [[previous], [-second]]
            write("parity-\(n).cnf", next - 1, clauses)
        }

        var totalOurs = 0.0
        var totalTheirs = 0.0
        print("instance                    answer  parley-sat(s)  minisat(s)  ratio")
        for (name, path) in instances {
            let (ours, code) = time(executable, [path])
            totalOurs += ours
            var line = name.padding(toLength: 28, withPad: " ", startingAt: 0)
                + (code == 10 ? "SAT    " : code == 20 ? "UNSAT  " : "code \(code)")
                + String(format: "%13.3f", ours)
            if let minisat {
                let (theirs, theirCode) = time(minisat, ["-verb=0", path])
                totalTheirs += theirs
                if theirCode != code { line += "  ANSWERS DIFFER (minisat \(theirCode))" }
                line += String(format: "%12.3f  %5.2f", theirs, ours / max(theirs, 1e-9))
            }
            print(line)
        }
        print(String(format: "total: parley-sat %.2f s", totalOurs)
              + (minisat == nil ? "" : String(format: ", minisat %.2f s, ratio parley-sat/minisat %.2f", totalTheirs, totalOurs / totalTheirs)))
    }

    /// Runs a process with its output discarded and returns its wall-clock
    /// time and exit code. posix_spawn and waitpid, rather than Foundation's
    /// Process, whose exit notification arrives in 50 ms steps.
    static func time(_ executable: String, _ arguments: [String]) -> (Double, Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return (0, -1) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, (status >> 8) & 0xFF)
    }
}
