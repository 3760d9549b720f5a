import Foundation
import Testing
@testable import ParleySAT

/// Replays the DIMACS fuzzing corpus and every saved crash: each input
/// parses or gives a line-numbered error, and what parses is solved under a
/// budget with any model checked.
@Suite struct FuzzReplayTests {
    @Test func corpusAndRegressionsReplay() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for folder in ["FuzzCorpus/dimacs", "FuzzRegressions/dimacs"] {
            let directory = root.appendingPathComponent(folder)
            files += ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
                .map { directory.appendingPathComponent($0) }
        }
        #expect(files.count > 100)
        for url in files {
            // (A fuzzer running beside the tests may replace corpus files.)
            guard let data = try? Data(contentsOf: url) else { continue }
            do {
                let problem = try DIMACS.parse([UInt8](data))
                guard problem.variableCount <= 10_000 else { continue }
                let solver = makeSolver(variables: problem.variableCount, clauses: problem.clauses)
                solver.conflictLimit = 1_000
                if solver.solve() == .satisfiable {
                    #expect(modelSatisfies(solver.model, problem.clauses), "\(url.lastPathComponent)")
                }
            } catch let error as DIMACS.ParseError {
                #expect(error.line >= 1, "\(url.lastPathComponent)")
            }
        }
    }
}
