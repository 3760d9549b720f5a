import Foundation
import Testing
@testable import ParleyAnalysis
import ParleyModel

/// The shipped scenarios check clean, and their headline results hold: a
/// change in the engine or in a file that alters them fails here.
@Suite struct ScenarioLibraryTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    func load(_ name: String) throws -> Scenario {
        let text = try String(contentsOf: ScenarioLibraryTests.directory.appendingPathComponent(name), encoding: .utf8)
        let file = SourceFile(name: name, text: text)
        let (scenario, diagnostics) = ScenarioChecker.load(file)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer().render(diagnostics, in: file))")
        return try #require(scenario)
    }

    @Test func everyShippedScenarioChecksClean() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ScenarioLibraryTests.directory.path)
            .filter { $0.hasSuffix(".parley") }
        #expect(files.count >= 2)
        for file in files { _ = try load(file) }
    }

    @Test func ukraineBaselineHasFourTerritorialConflicts() throws {
        let scenario = try load("ukraine-2025-11.parley")
        let report = Analyzer.report(scenario, file: "ukraine")
        #expect(report.analysis.feasible == false)
        #expect(report.analysis.conflicts.map(\.demands) == [
            ["russia.donetsk", "ukraine.keep_donbas"], ["russia.kherson", "ukraine.no_cession"],
            ["russia.luhansk", "ukraine.keep_donbas"], ["russia.zaporizhzhia", "ukraine.no_cession"],
        ])
        #expect(report.analysis.concessions.first == Concession(demands: ["russia.donetsk", "russia.luhansk", "ukraine.no_cession"], cost: 4))
        #expect(report.analysis.concessionsTotal == BigCount(4))
    }

    @Test func ukraineWhatIfsThatOpenADeal() throws {
        let scenario = try load("ukraine-2025-11.parley")
        let report = Analyzer.report(scenario, file: "ukraine")
        let feasible = Dictionary(uniqueKeysWithValues: report.whatIfs.map { ($0.name, $0.analysis.feasible) })
        #expect(feasible == ["donbas_only": true, "freeze": true, "nato_deferred": false, "full_package": true])
        let freeze = try #require(report.whatIfs.first { $0.name == "freeze" })
        #expect(freeze.analysis.agreements.count == BigCount(568))
    }

    @Test func toyIsTheWorkedExample() throws {
        let scenario = try load("toy.parley")
        #expect(Analyzer.report(scenario, file: "toy").analysis.conflicts == [Conflict(demands: ["east.pledge", "west.no_pledge"])])
    }
}
