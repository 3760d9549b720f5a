import Foundation
import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

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
        #expect(files.count >= 9)
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

    // MARK: Historical negotiations

    /// The `# settlement:` line of a historical scenario: the agreement
    /// actually reached, as issue values.
    func settlement(_ name: String, in scenario: Scenario) throws -> [Int64] {
        let text = try String(contentsOf: ScenarioLibraryTests.directory.appendingPathComponent(name), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("# settlement: ") })
        var values: [String: String] = [:]
        for pair in line.dropFirst("# settlement: ".count).split(separator: ",") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            values[parts[0]] = parts[1]
        }
        #expect(values.count == scenario.issues.count, "\(name): the settlement must give every issue")
        return try scenario.issues.map { issue in
            let text = try #require(values[issue.name], "\(name): no settlement value for \(issue.name)")
            switch issue.domain {
            case .values(let names): return Int64(try #require(names.firstIndex(of: text)))
            case .bool: return text == "true" ? 1 : 0
            case .integers: return try #require(Int64(text))
            }
        }
    }

    @Test(arguments: ["camp-david-1978.parley", "dayton-1995.parley", "good-friday-1998.parley",
                      "iran-jcpoa-2015.parley", "ni-protocol-2019.parley", "coalition-germany-2021.parley"])
    func historicalSettlementIsAmongTheAgreementsOfTheHistoricalWhatIf(_ name: String) throws {
        let scenario = try load(name)
        let agreement = try settlement(name, in: scenario)
        let report = Analyzer.report(scenario, file: name, whatIfs: ["historical"])
        // Before the concessions the stated positions conflict, and the
        // settlement breaks some demand.
        #expect(report.analysis.feasible == false, "\(name)")
        #expect(!scenario.parties.allSatisfy { $0.demands.allSatisfy { $0.condition.holds(agreement) } }, "\(name)")
        // With the concessions actually made, a deal exists and the
        // settlement meets every demand.
        let historical = try #require(report.whatIfs.first)
        #expect(historical.analysis.feasible == true, "\(name)")
        for party in historical.parties {
            for demand in party.demands {
                #expect(demand.condition.holds(agreement), "\(name): the settlement breaks \(party.name).\(demand.name)")
            }
        }
        // And the engine agrees, value by value.
        let positions = Scenario(title: nil, issues: scenario.issues, parties: historical.parties, whatIfs: [])
        for (i, value) in agreement.enumerated() {
            #expect(Analyzer.explain(positions, issue: i, value: value).possible == true, "\(name) issue \(i)")
        }
    }

    @Test func jobOfferHasADealAndTheCounterBreaksTheBudget() throws {
        let scenario = try load("job-offer.parley")
        let report = Analyzer.report(scenario, file: "job")
        #expect(report.analysis.feasible == true)
        #expect(report.analysis.agreements.count == BigCount(41292))
        let counter = try #require(report.whatIfs.first)
        #expect(counter.analysis.feasible == false)
        #expect(counter.analysis.conflicts.map(\.demands) == [["candidate.floor", "employer.budget"]])
        #expect(!report.analysis.best.isEmpty)
    }

    @Test func coalitionConflictIsTheGreensFundingAgainstTheFDP() throws {
        let scenario = try load("coalition-germany-2021.parley")
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.conflicts.map(\.demands) == [["fdp.debt_brake", "fdp.no_tax_rises", "greens.climate_money"]])
    }

    /// Headline of each scenario: conflicts, total concession sets, and the
    /// cheapest concession set (the README's table states the same).
    @Test(arguments: [
        ("camp-david-1978.parley", 3, 8, ["egypt.airfields", "egypt.comprehensive", "egypt.no_settlers"], Int64(12)),
        ("dayton-1995.parley", 5, 12, ["bosnia.unitary", "serbs.no_returns", "serbs.serb_sarajevo", "united_states.one_country"], 19),
        ("good-friday-1998.parley", 4, 16, ["sinn_fein.united_ireland", "uup.accountable", "uup.guns_first", "uup.no_releases"], 15),
        ("iran-jcpoa-2015.parley", 4, 8, ["iran.keep_fordow", "iran.keep_machines", "iran.relief_on_signing"], 16),
        ("ni-protocol-2019.parley", 10, 10, ["dup.no_sea_border", "dup.veto", "uk.stormont_lock"], 15),
        ("coalition-germany-2021.parley", 1, 3, ["greens.climate_money"], 3),
    ])
    func headline(_ name: String, conflicts: Int, concessionSets: UInt64, cheapest: [String], cost: Int64) throws {
        let scenario = try load(name)
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.feasible == false)
        #expect(analysis.conflicts.count == conflicts)
        #expect(analysis.concessionsTotal == BigCount(concessionSets))
        #expect(analysis.concessions.first == Concession(demands: cheapest.map(DemandID.init(qualified:)), cost: cost))
    }
}
