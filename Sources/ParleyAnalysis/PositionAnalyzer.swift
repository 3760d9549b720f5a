import ParleyModel
import ParleySAT

/// Analyses one set of positions (the baseline or a what-if's): encodes
/// every demand behind its own selector literal, then answers each question
/// of the report with solver calls under assumptions.
final class PositionAnalyzer {
    /// A demand with its party, qualified name, and literals.
    struct EncodedDemand {
        var party: Int
        var qualifiedName: String
        var cost: Int64
        var condition: Condition
        var issues: [Int]
        /// Equivalent to the demand's condition.
        var literal: Literal
        /// Assumed to switch the demand on.
        var selector: Literal
    }

    let issues: [Issue]
    let parties: [Party]
    let options: AnalysisOptions
    let encoding: ScenarioEncoding
    var demands: [EncodedDemand] = []
    var incomplete: [Incompleteness] = []

    init(issues: [Issue], parties: [Party], options: AnalysisOptions) {
        self.issues = issues
        self.parties = parties
        self.options = options
        encoding = ScenarioEncoding(issues: issues)
        encoding.solver.deadline = options.deadline
        encoding.solver.stopSignal = options.stop
        for (p, party) in parties.enumerated() {
            for demand in party.demands {
                let literal = encoding.literal(for: demand.condition)
                let selector = encoding.circuit.fresh()
                encoding.solver.addClause([!selector, literal])
                demands.append(EncodedDemand(
                    party: p, qualifiedName: "\(party.name).\(demand.name)", cost: demand.cost,
                    condition: demand.condition, issues: demand.condition.mentionedIssues,
                    literal: literal, selector: selector))
            }
        }
    }

    func markCut(_ part: String, _ reason: String) {
        // A solve cut short by Ctrl-C looks like a timeout to the caller.
        let entry = Incompleteness(part: part, reason: reason == "timeout" && options.stop?.isRaised == true ? "interrupted" : reason)
        if !incomplete.contains(entry) { incomplete.append(entry) }
    }

    func solve(_ demandIndexes: [Int], extra: [Literal] = []) -> SolveResult {
        encoding.solver.solve(assuming: demandIndexes.map { demands[$0].selector } + extra)
    }

    // MARK: The whole analysis

    func run() -> Analysis {
        let all = Array(demands.indices)
        var feasible: Bool?
        var example: [Int64]?
        options.progress?.begin("feasibility")
        switch solve(all) {
        case .satisfiable:
            feasible = true
            example = encoding.decode(encoding.solver.model)
        case .unsatisfiable:
            feasible = false
        case .unknown:
            markCut("agreements", "timeout")
        }
        var analysis = Analysis(
            feasible: feasible, overlap: issues.map { .none(of: $0.domain) },
            agreements: AgreementCount(count: .zero, exact: feasible != nil, example: example),
            consistent: [], pairs: [], coalitions: [], conflicts: [], disputes: [], concessions: [],
            concessionsTotal: .zero, incomplete: [])
        options.progress?.begin("pairs of parties")
        analysis.consistent = parties.indices.map { p in satisfiable(demandsOf: [p]) }
        for a in parties.indices {
            for b in (a + 1)..<parties.count {
                analysis.pairs.append(PairCompatibility(
                    parties: [parties[a].name, parties[b].name], compatible: satisfiable(demandsOf: [a, b])))
            }
        }
        analysis.coalitions = coalitions()
        if let example, feasible == true {
            options.progress?.begin("values open to everyone")
            analysis.overlap = overlap(startingFrom: example)
            options.progress?.begin("agreements (boxes split)")
            analysis.agreements.count = countAgreements()
            analysis.agreements.exact = !incomplete.contains { $0.part == "agreements" }
        } else if feasible == false {
            findConflicts(into: &analysis)
        }
        compromises(into: &analysis)
        if options.support { analysis.support = support(overlap: analysis.overlap) }
        analysis.incomplete = incomplete
        if incomplete.contains(where: { $0.part == "conflicts" || $0.part == "disputes" }) {
            analysis.concessionsTotal = nil
        }
        return analysis
    }

    private func satisfiable(demandsOf partyIndexes: [Int]) -> Bool? {
        let chosen = demands.indices.filter { partyIndexes.contains(demands[$0].party) }
        switch solve(chosen) {
        case .satisfiable: return true
        case .unsatisfiable: return false
        case .unknown:
            markCut(partyIndexes.count == 1 ? "parties" : "pairs", "timeout")
            return nil
        }
    }

    // MARK: Coalitions

    /// Every maximal set of parties whose demands together admit an
    /// agreement: the MSSes of the parties, each party an element.
    private func coalitions() -> [[String]] {
        let elements = parties.indices.map { p in demands.filter { $0.party == p }.map(\.selector) }
        let witnesses = parties.indices.map { p in demands.filter { $0.party == p }.map(\.literal) }
        options.progress?.begin("coalitions")
        var explorer = SubsetExplorer(solver: encoding.solver, elements: elements, witnesses: witnesses, limit: options.limit)
        explorer.run()
        if let reason = explorer.cut { markCut("coalitions", reason == .limit ? "limit" : "timeout") }
        var result = explorer.satisfiableSets.map { set in set.map { parties[$0].name }.sorted(by: codePointOrder) }
        if result.isEmpty && explorer.cut == nil { result = [[]] }
        return result.sorted { a, b in a.count != b.count ? a.count > b.count : lexicographic(a, b) }
    }

    // MARK: Conflicts, disputes, concessions

    /// Groups of demands connected through the issues they mention; a
    /// conflict never spans two groups.
    func independentParts(_ indexes: [Int]) -> [[Int]] {
        var sets = UnionFind(count: indexes.count)
        var ownerOfIssue: [Int: Int] = [:]
        for (position, demand) in indexes.enumerated() {
            for issue in demands[demand].issues {
                if let other = ownerOfIssue[issue] { sets.union(position, other) } else { ownerOfIssue[issue] = position }
            }
        }
        return sets.groups().map { group in group.map { indexes[$0] } }
    }

    private func findConflicts(into analysis: inout Analysis) {
        var conflicts: [[Int]] = []
        var conflictsCut = false
        options.progress?.begin("conflicts")
        for part in independentParts(Array(demands.indices)) {
            // A satisfiable part holds no conflict.
            if solve(part) == .satisfiable { continue }
            var explorer = SubsetExplorer(
                solver: encoding.solver, elements: part.map { [demands[$0].selector] },
                witnesses: part.map { [demands[$0].literal] }, limit: options.limit - conflicts.count)
            explorer.run()
            conflicts += explorer.unsatisfiableCores.map { core in core.map { part[$0] } }
            options.progress?.found(conflicts.count)
            if let reason = explorer.cut {
                markCut("conflicts", reason == .limit ? "limit" : "timeout")
                markCut("disputes", reason == .limit ? "limit" : "timeout")
                conflictsCut = true
                break
            }
        }
        let named = conflicts.map { Conflict(demands: $0.map { demands[$0].qualifiedName }.sorted(by: codePointOrder)) }
        let order = named.indices.sorted { a, b in
            named[a].demands.count != named[b].demands.count
                ? named[a].demands.count < named[b].demands.count
                : lexicographic(named[a].demands, named[b].demands)
        }
        analysis.conflicts = order.map { named[$0] }
        let sortedConflicts = order.map { conflicts[$0] }
        guard !conflictsCut else {
            analysis.concessionsTotal = nil
            return
        }
        analysis.disputes = disputes(of: sortedConflicts)
        let (listed, total) = ConcessionCombiner.cheapest(
            analysis.disputes.map(\.concessions), count: options.concessionsShown)
        analysis.concessions = listed
        analysis.concessionsTotal = total
    }

    /// Conflicts sharing demands, directly or through others, form a dispute.
    private func disputes(of conflicts: [[Int]]) -> [Dispute] {
        var sets = UnionFind(count: conflicts.count)
        var conflictOfDemand: [Int: Int] = [:]
        for (c, conflict) in conflicts.enumerated() {
            for demand in conflict {
                if let other = conflictOfDemand[demand] { sets.union(c, other) } else { conflictOfDemand[demand] = c }
            }
        }
        var result: [Dispute] = []
        for members in sets.groups() {
            let demandIndexes = Array(Set(members.flatMap { conflicts[$0] })).sorted()
            let local = Dictionary(uniqueKeysWithValues: demandIndexes.enumerated().map { ($1, $0) })
            let sets = members.map { conflicts[$0].compactMap { local[$0] } }
            let (hitting, limited) = HittingSets.minimal(of: sets, count: demandIndexes.count, limit: options.limit)
            if limited { markCut("disputes", "limit") }
            let concessions = hitting.map { set in
                Concession(
                    demands: set.map { demands[demandIndexes[$0]].qualifiedName }.sorted(by: codePointOrder),
                    cost: set.reduce(0) { $0 + demands[demandIndexes[$1]].cost })
            }.sorted(by: concessionOrder)
            let issueNames = Set(demandIndexes.flatMap { demands[$0].issues }).map { issues[$0].name }
            result.append(Dispute(
                conflicts: members,
                demands: demandIndexes.map { demands[$0].qualifiedName }.sorted(by: codePointOrder),
                issues: issueNames.sorted(by: codePointOrder),
                concessions: concessions))
        }
        return result
    }
}

/// Code-point order of strings (the report's order for names).
func codePointOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}

/// Lexicographic order of name lists, names in code-point order.
func lexicographic(_ a: [String], _ b: [String]) -> Bool {
    for (x, y) in zip(a, b) where x != y { return codePointOrder(x, y) }
    return a.count < b.count
}

/// Concessions by cost, then size, then name list.
func concessionOrder(_ a: Concession, _ b: Concession) -> Bool {
    if a.cost != b.cost { return a.cost < b.cost }
    if a.demands.count != b.demands.count { return a.demands.count < b.demands.count }
    return lexicographic(a.demands, b.demands)
}
