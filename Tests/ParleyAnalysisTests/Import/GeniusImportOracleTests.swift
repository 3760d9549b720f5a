import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// Generated GENIUS files imported and analysed: the front, the focal
/// points and the count against brute force over every outcome, with
/// GENIUS utilities computed in exact fractions of the test's own from the
/// numbers written into the XML.
@Suite struct GeniusImportOracleTests {
    /// A reduced fraction, the oracle's own arithmetic.
    struct Q: Hashable, Comparable {
        var n: Int128
        var d: Int128

        init(_ n: Int128, _ d: Int128 = 1) {
            var (a, b) = (n.magnitude, d.magnitude)
            while b != 0 { (a, b) = (b, a % b) }
            let g = Int128(max(a, 1))
            self.n = (d < 0 ? -n : n) / g
            self.d = d.magnitude == 0 ? 1 : Int128(d.magnitude) / g
        }

        init(_ decimal: GeniusCase.Decimal) {
            self.init(Int128(decimal.units), (0..<decimal.places).reduce(Int128(1)) { value, _ in value * 10 })
        }

        static func + (a: Q, b: Q) -> Q { Q(a.n * b.d + b.n * a.d, a.d * b.d) }
        static func * (a: Q, b: Q) -> Q { Q(a.n * b.n, a.d * b.d) }
        static func / (a: Q, b: Q) -> Q { Q(a.n * b.d, a.d * b.n) }
        static func < (a: Q, b: Q) -> Bool { a.n * b.d < b.n * a.d }
    }

    /// Every outcome's GENIUS utility vector, by brute force.
    static func utilities(_ generated: GeniusCase) -> [(outcome: [Int], utilities: [Q])] {
        var outcomes: [[Int]] = [[]]
        for issue in generated.issues {
            outcomes = outcomes.flatMap { prefix in issue.values.indices.map { prefix + [$0] } }
        }
        return outcomes.map { outcome in
            (outcome, generated.profiles.map { profile in
                var total = Q(0)
                for (i, v) in outcome.enumerated() {
                    let maximum = profile.evaluations[i].map { Q($0) }.max() ?? Q(0)
                    guard maximum > Q(0) else { continue }
                    total = total + Q(profile.weights[i]) * Q(profile.evaluations[i][v]) / maximum
                }
                return total
            })
        }
    }

    static func files(_ generated: GeniusCase) throws -> (GeniusDomain, [GeniusProfile]) {
        let domain = try GeniusReader.domain(SourceFile(name: "domain.xml", text: generated.domainXML))
        let profiles = try generated.profileXML.enumerated().map { p, text in
            try GeniusReader.profile(SourceFile(name: "party\(p).xml", text: text), of: domain)
        }
        return (domain, profiles)
    }

    @Test func importedDomainsAnalyseAsBruteForceOverTheXML() throws {
        var withReservation = 0
        var feasibleWithReservation = 0
        for seed in UInt64(1)...120 {
            let generated = GeniusCase(seed: seed &+ 4_000)
            let (domain, profiles) = try Self.files(generated)
            let scaling = try GeniusScaling(domain: domain, profiles: profiles)
            #expect(scaling.exact, "seed \(seed)")
            let text = try GeniusScenarioWriter.scenario(domain: domain, profiles: profiles)
            let file = SourceFile(name: "imported.parley", text: text)
            let (syntax, _) = Parser.parse(file)
            #expect(Formatter.format(syntax, in: file) == text, "seed \(seed): not fmt-clean")
            let scenario = try #require(ScenarioChecker.load(file).0, "seed \(seed)\n\(text)")
            #expect(scenario.issues.map(\.label) == generated.issues.map(\.name))
            let unit = Q(scaling.unit.numerator, scaling.unit.denominator)
            // Each party's total weight is its best utility: the sum of the
            // weights of the issues it evaluates at all.
            for (p, party) in scenario.parties.enumerated() {
                let best = generated.profiles[p].weights.indices
                    .filter { i in generated.profiles[p].evaluations[i].contains { $0.units > 0 } }
                    .reduce(Q(0)) { $0 + Q(generated.profiles[p].weights[$1]) }
                #expect(Q(Int128(party.preferences.reduce(Int64(0)) { $0 + $1.weight })) * unit == best, "seed \(seed)")
            }
            // The oracle: outcomes meeting every reservation value, exactly.
            let reservations = generated.profiles.map { Q($0.reservation) }
            if reservations.contains(where: { $0 > Q(0) }) { withReservation += 1 }
            let all = Self.utilities(generated)
            let acceptable = all.filter { zip($0.utilities, reservations).allSatisfy { !($0 < $1) } }
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            #expect(analysis.complete, "seed \(seed)")
            #expect(analysis.feasible == !acceptable.isEmpty, "seed \(seed)\n\(text)")
            #expect(analysis.agreements.count == BigCount(UInt64(acceptable.count)), "seed \(seed)")
            let vectors = Set(acceptable.map(\.utilities))
            let front = vectors.filter { v in !vectors.contains { w in w != v && zip(w, v).allSatisfy { !($0 < $1) } } }
            let found = analysis.best.map { $0.utilities.map { Q(Int128($0)) * unit } }
            #expect(Set(found) == front && found.count == front.count, "seed \(seed)\n\(text)")
            // Each compromise's agreement has the GENIUS utilities shown.
            for compromise in analysis.best {
                let outcome = compromise.agreement.map { Int($0) }
                let expected = try #require(all.first { $0.outcome == outcome }).utilities
                #expect(compromise.utilities.map { Q(Int128($0)) * unit } == expected, "seed \(seed)")
            }
            guard !acceptable.isEmpty, let focal = analysis.focal else {
                #expect(analysis.focal == nil, "seed \(seed)")
                continue
            }
            if reservations.contains(where: { $0 > Q(0) }) { feasibleWithReservation += 1 }
            // Max total is GENIUS's social welfare; Nash its product (the
            // disagreement point 0), over the acceptable outcomes.
            func genius(_ c: Compromise) -> [Q] { c.utilities.map { Q(Int128($0)) * unit } }
            let welfare = acceptable.map { $0.utilities.reduce(Q(0), +) }.max()
            #expect(genius(focal.maxTotal).reduce(Q(0), +) == welfare, "seed \(seed)")
            let weighed = scenario.parties.indices.filter { !scenario.parties[$0].preferences.isEmpty }
            func product(_ u: [Q]) -> Q { weighed.reduce(Q(1)) { $0 * u[$1] } }
            #expect(product(genius(focal.nash)) == acceptable.map { product($0.utilities) }.max(), "seed \(seed)")
        }
        #expect(withReservation > 20 && feasibleWithReservation > 5)
    }

    @Test func weightsTooPreciseForTheLimitAreRoundedWithinTheStatedBound() throws {
        // Seventeen-digit weights, as in several ANAC profiles.
        var generated = GeniusCase(seed: 99, maxIssues: 4, reservations: false)
        for p in generated.profiles.indices {
            for i in generated.profiles[p].weights.indices {
                generated.profiles[p].weights[i] = .init(units: 12_345_678_901_234_567 &+ Int64(p * 7 + i * 1_003), places: 17)
            }
        }
        generated.profiles[0].reservation = .init(units: 3, places: 1)
        var rng = SeededGenerator(seed: 5)
        generated.profileXML = generated.profiles.map { GeniusCase.profileText($0, issues: generated.issues, rng: &rng) }
        let (domain, profiles) = try Self.files(generated)
        let scaling = try GeniusScaling(domain: domain, profiles: profiles)
        #expect(!scaling.exact)
        let text = try GeniusScenarioWriter.scenario(domain: domain, profiles: profiles)
        #expect(text.contains("# Rounded: exact weights would pass the weight limit"))
        #expect(text.contains("# reservation value 0.3 not expressed: with rounded weights no utility(party0) threshold is exact"))
        #expect(!text.contains("demand"))
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r.parley", text: text)).0)
        #expect(scenario.parties.allSatisfy { $0.preferences.allSatisfy { $0.weight <= 1_000_000_000 } })
        #expect(scenario.parties.contains { $0.preferences.contains { $0.weight > 900_000_000 } })
        let scale = Q(scaling.unit.denominator, scaling.unit.numerator)
        for (outcome, utilities) in Self.utilities(generated) {
            for (p, party) in scenario.parties.enumerated() {
                let values = outcome.map { Int64($0) }
                let utility = party.preferences.reduce(Int64(0)) { $0 + ($1.condition.holds(values) ? $1.weight : 0) }
                var error = Q(Int128(utility)) + Q(-1) * utilities[p] * scale
                if error < Q(0) { error = Q(-1) * error }
                let bound = Q(scaling.roundingBound[p].numerator, scaling.roundingBound[p].denominator)
                #expect(!(bound < error), "party \(p) outcome \(outcome)")
                #expect(!(Q(Int128(generated.issues.count), 2) < bound))
            }
        }
    }
}
