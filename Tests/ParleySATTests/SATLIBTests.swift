import Foundation
import Testing
@testable import ParleySAT

/// The SATLIB sample (see Resources/satlib/README.md for where each file
/// comes from): every uuf* instance is unsatisfiable, every other one
/// satisfiable.
@Suite struct SATLIBTests {
    static let directory = Bundle.module.bundleURL.appendingPathComponent("Resources/satlib")

    static var instances: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".cnf") }.sorted()
    }

    @Test func sampleIsPresent() {
        #expect(SATLIBTests.instances.count >= 40)
    }

    @Test(arguments: SATLIBTests.instances) func knownAnswer(file: String) throws {
        let data = try Data(contentsOf: SATLIBTests.directory.appendingPathComponent(file))
        let problem = try DIMACS.parse([UInt8](data))
        let solver = makeSolver(variables: problem.variableCount, clauses: problem.clauses)
        let result = solver.solve()
        if file.hasPrefix("uuf") {
            #expect(result == .unsatisfiable)
        } else {
            #expect(result == .satisfiable)
            #expect(modelSatisfies(solver.model, problem.clauses))
        }
    }
}
