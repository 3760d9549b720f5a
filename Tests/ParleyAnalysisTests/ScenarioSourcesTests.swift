import Foundation
import Testing
import ParleyModel
import ParleyTestSupport

/// Every position in the shipped scenarios says where it comes from: a
/// source cites an outlet and a date ("Reuters, 8 July 2014", "BBC,
/// November 2025") or says what it is instead ("assumption: ...",
/// "hypothetical ...", "illustrative: ..."), and none cites one of the
/// content-farm or mirror sites removed from the library (issue 19). The
/// worked example, scenarios/toy.parley, is exempt.
@Suite struct ScenarioSourcesTests {
    /// How a source may begin instead of citing a dated outlet.
    static let prefixes = ["assumption:", "hypothetical", "illustrative:"]

    /// A month and a four-digit year ("November 2025", also matched inside
    /// "16 November 2025").
    static let datePattern =
        "(January|February|March|April|May|June|July|August|September|October|November|December) (19|20)[0-9]{2}"

    /// Sites that republished news without being its source: never cited.
    static let blocklist = [
        "businesscoachblogger", "black-sheep-art", "allnewspress", "legalclarity.org", "archyworldys",
        "whatishappeningnow", "top-fm.de", "cityviewdental", "owiki.org", "wikizero", "howlingpixel", "mhumphrey",
        "histhrill", "fischier", "duncanpoulton", "davekcon", "cryer.org", "mirfali", "rancholaesperanzapre",
        "financialradars", "fortworthreport",
    ]

    /// The shipped scenarios, the worked example left out.
    static let files: [String] = {
        let directory = Repository.root.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".parley") && $0 != "toy.parley" }.sorted()
    }()

    /// One cited position: where it is (`party.item`, `fallback K of
    /// party.item`, `what-if W: party.item`) and its source.
    struct Citation {
        var place: String
        var source: String?
    }

    /// Every demand, fallback and preference of the baseline and of each
    /// what-if's changes, with its source.
    static func citations(in scenario: Scenario) -> [Citation] {
        var found: [Citation] = []
        func add(_ demand: Demand, of party: String, in place: String) {
            found.append(Citation(place: "\(place)\(party).\(demand.name)", source: demand.source))
            for (index, fallback) in demand.fallbacks.enumerated() {
                found.append(Citation(place: "\(place)fallback \(index + 1) of \(party).\(demand.name)", source: fallback.source))
            }
        }
        for party in scenario.parties {
            for demand in party.demands {
                add(demand, of: party.name, in: "")
            }
            for preference in party.preferences {
                found.append(Citation(place: "\(party.name).\(preference.name)", source: preference.source))
            }
        }
        for whatIf in scenario.whatIfs {
            for change in whatIf.changes {
                switch change {
                case .concede:
                    continue
                case .demand(let party, let demand):
                    add(demand, of: scenario.parties[party].name, in: "what-if \(whatIf.name): ")
                case .preference(let party, let preference):
                    let place = "what-if \(whatIf.name): \(scenario.parties[party].name).\(preference.name)"
                    found.append(Citation(place: place, source: preference.source))
                }
            }
        }
        return found
    }

    /// Why a source is not acceptable, or nil when it is.
    static func problem(with source: String) -> String? {
        let lowered = source.lowercased()
        if let site = blocklist.first(where: { lowered.contains($0) }) {
            return "cites \(site), a site removed from the library"
        }
        if prefixes.contains(where: { source.hasPrefix($0) }) { return nil }
        if source.range(of: datePattern, options: .regularExpression) != nil { return nil }
        return "has neither an outlet and date nor an 'assumption:', 'hypothetical' or 'illustrative:' prefix"
    }

    @Test func theLibraryHasScenariosToCheck() {
        #expect(Self.files.count >= 12)
        #expect(!Self.files.contains("toy.parley"))
    }

    @Test(arguments: ScenarioSourcesTests.files)
    func everySourceIsDatedOrMarked(_ name: String) throws {
        let file = try Repository.file("scenarios/\(name)")
        let (loaded, diagnostics) = ScenarioChecker.load(file)
        let scenario = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics, in: file))")
        let citations = Self.citations(in: scenario)
        #expect(!citations.isEmpty, "\(name): no positions")
        for citation in citations {
            // A fallback may leave its source out; every demand and
            // preference says where it comes from.
            guard let source = citation.source else {
                #expect(citation.place.contains("fallback "), "\(name): \(citation.place) has no source")
                continue
            }
            let problem = Self.problem(with: source)
            #expect(problem == nil, "\(name): the source of \(citation.place) \(problem ?? ""): \"\(source)\"")
        }
    }

    /// The rules themselves, on examples.
    @Test func theRulesAcceptDatesAndMarksAndRefuseTheRest() {
        #expect(Self.problem(with: "Reuters, 8 July 2014") == nil)
        #expect(Self.problem(with: "Zelensky's address (BBC, November 2025)") == nil)
        #expect(Self.problem(with: "assumption: not in the record") == nil)
        #expect(Self.problem(with: "hypothetical: Russia accepts deferral") == nil)
        #expect(Self.problem(with: "hypothetical") == nil)
        #expect(Self.problem(with: "illustrative: a long commute") == nil)
        #expect(Self.problem(with: "the report") != nil)
        #expect(Self.problem(with: "Reuters, 2014") != nil)
        #expect(Self.problem(with: "illustrative") != nil)
        #expect(Self.problem(with: "The Federation was to hold 51% (whatishappeningnow.org, 22 November 1995)") != nil)
        #expect(Self.problem(with: "assumption: as summarised by Black-Sheep-Art.de") != nil)
    }
}
