import Foundation
import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyReport

/// The conformance cases (copied from shared/conformance, expected analyses
/// from an independent implementation), compared as their README says:
/// exactly where the contract fixes content and order, by meaning for
/// agreements (every `best` agreement is checked to meet every demand and
/// give its stated utilities).
@Suite struct ConformanceTests {
    static let directory = Bundle.module.bundleURL.appendingPathComponent("Resources/conformance")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".parley") }.map { String($0.dropLast(7)) }.sorted()
    }

    static let exactKeys = ["feasible", "overlap", "pairs", "coalitions", "conflicts", "disputes", "concessions", "concessionsTotal"]

    @Test func allCasesArePresent() {
        #expect(ConformanceTests.cases.count == 47)
    }

    @Test(arguments: ConformanceTests.cases) func agreesWithTheIndependentImplementation(name: String) throws {
        let text = try String(contentsOf: ConformanceTests.directory.appendingPathComponent("\(name).parley"), encoding: .utf8)
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: name, text: text)).0)
        let report = Analyzer.report(scenario, file: name)
        let got = try parseJSON(JSONReport.render(report))
        let expected = try parseJSON(String(
            contentsOf: ConformanceTests.directory.appendingPathComponent("\(name).expected.json"), encoding: .utf8))

        func compareParties(_ e: Any?, _ g: Any?, _ label: String) {
            let ep = e as? [[String: Any]] ?? [], gp = g as? [[String: Any]] ?? []
            #expect(ep.count == gp.count, "\(label)")
            for (a, b) in zip(ep, gp) {
                #expect(a["consistent"] as? Bool == b["consistent"] as? Bool, "\(label) \(a["name"] ?? "")")
                let ad = a["demands"] as? [[String: Any]] ?? [], bd = b["demands"] as? [[String: Any]] ?? []
                #expect(ad.count == bd.count)
                for (x, y) in zip(ad, bd) {
                    for key in ["name", "expression"] { #expect(x[key] as? String == y[key] as? String, "\(label) \(key)") }
                    for key in ["cost", "line"] { #expect(x[key] as? Int == y[key] as? Int, "\(label) \(key)") }
                }
            }
        }

        func compareAnalysis(_ e: [String: Any], _ g: [String: Any], _ analysis: Analysis, _ parties: [Party], _ label: String) {
            for key in ConformanceTests.exactKeys {
                // Keys the 1.1 extensions add (a dispute's `shifts`) are not
                // the independent implementation's: compare its keys only.
                #expect(canonical(e[key]) == canonical(restricted(g[key], like: e[key])), "\(label).\(key)")
            }
            let ea = e["agreements"] as? [String: Any] ?? [:]
            if name == "medium-5047" {
                // The independent implementation stopped at its counting limit
                // here: its count is a lower bound.
                let lower = "\(ea["count"] ?? "")"
                #expect(lower.count <= analysis.agreements.count.description.count)
                #expect(analysis.agreements.exact)
                #expect(analysis.complete)
            } else {
                #expect("\(ea["count"] ?? "")" == analysis.agreements.count.description, "\(label) count")
                #expect(ea["exact"] as? Bool == analysis.agreements.exact, "\(label) exact")
                #expect(canonical(e["complete"]) == canonical(g["complete"]), "\(label).complete")
                #expect(canonical(e["incomplete"]) == canonical(g["incomplete"]), "\(label).incomplete")
            }
            // Best compromises: the utility vectors in order, the focal
            // points' utilities, and the deal prices as a set.
            func vectors(_ list: Any?) -> [String] {
                (list as? [[String: Any]] ?? []).map { canonical($0["utilities"]) }
            }
            func focal(_ value: Any?) -> String {
                guard let points = value as? [String: Any] else { return "null" }
                return ["maxTotal", "nash", "egalitarian"].map { canonical((points[$0] as? [String: Any])?["utilities"]) }.joined(separator: ";")
            }
            #expect(vectors(e["best"]) == vectors(g["best"]), "\(label).best")
            #expect(focal(e["focal"]) == focal(g["focal"]), "\(label).focal")
            func prices(_ value: Any?) -> Set<String> {
                Set((value as? [[String: Any]] ?? []).map { price in
                    canonical(price["demands"]) + canonical(price["cost"]) + vectors(price["best"]).joined() + focal(price["focal"])
                })
            }
            #expect(prices(e["dealPrices"]) == prices(g["dealPrices"]), "\(label).dealPrices")
            for compromise in analysis.best {
                for party in parties {
                    for demand in party.demands { #expect(demand.condition.holds(compromise.agreement), "\(label) best breaks a demand") }
                }
                #expect(compromise.utilities == parties.map { party in
                    party.preferences.reduce(0) { $0 + ($1.condition.holds(compromise.agreement) ? $1.weight : 0) }
                }, "\(label) best utilities")
            }
            // Any example is right if it meets every demand.
            #expect((ea["example"] is NSNull) == (analysis.agreements.example == nil), "\(label) example")
            if let example = analysis.agreements.example {
                for party in parties {
                    for demand in party.demands { #expect(demand.condition.holds(example), "\(label) example breaks \(party.name).\(demand.name)") }
                }
            }
        }

        compareParties(expected["parties"], got["parties"], "parties")
        compareAnalysis(expected["analysis"] as? [String: Any] ?? [:], got["analysis"] as? [String: Any] ?? [:], report.analysis, scenario.parties, "analysis")
        let ew = expected["whatifs"] as? [[String: Any]] ?? [], gw = got["whatifs"] as? [[String: Any]] ?? []
        #expect(ew.count == gw.count)
        for (index, (a, b)) in zip(ew, gw).enumerated() {
            let label = a["name"] as? String ?? "?"
            #expect(a["changes"] as? [String] == b["changes"] as? [String], "\(label) changes")
            compareParties(a["parties"], b["parties"], label)
            compareAnalysis(a["analysis"] as? [String: Any] ?? [:], b["analysis"] as? [String: Any] ?? [:],
                            report.whatIfs[index].analysis, report.whatIfs[index].parties, label)
        }
    }

    @Test func reportsAreByteIdentical() throws {
        let text = try String(contentsOf: ConformanceTests.directory.appendingPathComponent("multi-5022.parley"), encoding: .utf8)
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "m", text: text)).0)
        #expect(JSONReport.render(Analyzer.report(scenario, file: "m")) == JSONReport.render(Analyzer.report(scenario, file: "m")))
    }
}

/// `value` with every object cut down to the keys `model`'s objects have
/// (lists matched element by element).
func restricted(_ value: Any?, like model: Any?) -> Any? {
    switch (value, model) {
    case let (object as [String: Any], modelObject as [String: Any]):
        return object.filter { modelObject[$0.key] != nil }.mapValues { $0 }.reduce(into: [String: Any]()) { result, entry in
            result[entry.key] = restricted(entry.value, like: modelObject[entry.key])
        }
    case let (list as [Any], modelList as [Any]):
        return list.enumerated().map { index, element in restricted(element, like: index < modelList.count ? modelList[index] : nil) }
    default:
        return value
    }
}

/// JSON values as comparable text: objects with sorted keys, numbers as
/// written, booleans as 0 and 1.
func canonical(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull:
        return "null"
    case let string as String:
        return "\"" + string + "\""
    case let array as [Any]:
        return "[" + array.map { canonical($0) }.joined(separator: ",") + "]"
    case let object as [String: Any]:
        return "{" + object.keys.sorted().map { "\($0):" + canonical(object[$0]) }.joined(separator: ",") + "}"
    case let bool as Bool where type(of: value!) == Bool.self:
        // Foundation on Linux may hand back a JSON boolean as a Bool or as
        // an NSNumber 0/1; compare both as digits.
        return bool ? "1" : "0"
    case let number as NSNumber:
        return number.description
    default:
        return "\(value!)"
    }
}

/// Parses JSON, first quoting integers too long for Foundation (agreement
/// counts of hundreds of digits) so that they compare digit for digit.
func parseJSON(_ text: String) throws -> [String: Any] {
    let quoted = text.replacingOccurrences(of: #"(: |\[|, )(-?[0-9]{16,})"#, with: "$1\"$2\"", options: .regularExpression)
    return try #require(try JSONSerialization.jsonObject(with: Data(quoted.utf8)) as? [String: Any])
}
