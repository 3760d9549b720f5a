import ParleyModel
import ParleySAT

/// Can an issue take a value in an agreement meeting every demand? If so,
/// one such agreement; if not, every minimal set of demands that rules it
/// out (`parley explain`).
///
/// The minimal sets are the conflicts of the scenario plus the value that
/// contain the value. MARCO runs with the value fixed (assumed in every
/// solve) over the demands connected to the issue; a minimal set found
/// that way either needs the value (kept) or is a conflict of the demands
/// alone (dropped: it rules out every value, not this one).
enum ExplainQuestion {
    /// Integer issues with at most this many values are explained value by
    /// value when no value is given.
    static let wholeRangeLimit: Int64 = 64

    /// - Parameter parties: how many parties the demands belong to (their
    ///   indexes), to say which of them rule the value out on their own.
    static func ask(_ session: AnalysisSession, issue: Int, value: Int64, parties: Int) -> ValueExplanation {
        var cuts = session.cuts()
        let fixed = session.encoding.equals(issue: issue, value: value)
        var result = ValueExplanation(issue: issue, value: value, possible: nil, example: nil, excludedBy: [], incomplete: [])
        switch session.solve(session.allDemands, extra: [fixed]) {
        case .satisfiable:
            result.possible = true
            result.example = session.lastModel()
        case .unsatisfiable:
            result.possible = false
            result.excludedBy = excluding(issue: issue, fixed: fixed, in: session, cuts: &cuts)
        case .unknown:
            cuts.add(.agreements, .timeout)
        }
        var excludingParties: [Int] = []
        for p in 0..<parties {
            switch session.solve(session.demands(ofParties: [p]), extra: [fixed]) {
            case .satisfiable: continue
            case .unsatisfiable: excludingParties.append(p)
            case .unknown: cuts.add(.parties, .timeout)
            }
        }
        result.excludingParties = excludingParties
        result.incomplete = cuts.entries
        return result
    }

    /// Every minimal set of demands that rules out the value `fixed` stands for.
    private static func excluding(issue: Int, fixed: Literal, in session: AnalysisSession, cuts: inout Cuts) -> [Conflict] {
        session.options.progress?.begin("demand sets ruling the value out")
        let connected = session.independentParts(session.allDemands)
            .filter { part in part.contains { session.demands[$0].issues.contains(issue) } }
            .flatMap { $0 }.sorted()
        var explorer = SubsetExplorer(
            solver: session.encoding.solver, elements: connected.map { [session.demands[$0].selector] },
            witnesses: connected.map { [session.demands[$0].literal] }, limit: session.options.limit)
        explorer.hard = [fixed]
        explorer.run()
        if let reason = explorer.cut { cuts.add(.conflicts, reason) }
        var sets: [Conflict] = []
        for core in explorer.unsatisfiableCores {
            let members = core.map { connected[$0] }
            switch session.solve(members) {
            case .satisfiable: sets.append(Conflict(demands: members.map { session.demands[$0].id }))
            case .unsatisfiable: break
            case .unknown: cuts.add(.conflicts, .timeout)
            }
        }
        return sets.sorted()
    }

    /// Every value of an issue explained; for an integer issue of more than
    /// ``wholeRangeLimit`` values, one value open to everyone and the first
    /// value of each run of excluded values (the runs as in the report's
    /// overlap table: cut wherever the demands excluding them change).
    static func ask(_ session: AnalysisSession, issue i: Int, parties: Int) -> IssueExplanation {
        let domain = session.issues[i].domain
        if let values = valueByValue(domain) {
            return IssueExplanation(issue: i, values: values.map { ask(session, issue: i, value: $0, parties: parties) })
        }
        var cuts = session.cuts()
        var open: IssueOverlap?
        if session.solve(session.allDemands) == .satisfiable {
            var models = [session.lastModel()]
            open = OverlapQuestion.values(of: i, under: session.allDemands, in: session, models: &models, cuts: &cuts)
        }
        func allowed(under demands: [Int]) -> IssueOverlap {
            demands.contains { session.demands[$0].issues.contains(i) }
                ? SupportQuestion.allowed(under: demands, in: session, cuts: &cuts)[i] : .all(of: domain)
        }
        let allowedByDemand = session.demands.indices.map { allowed(under: [$0]) }
        let allowedByParty = (0..<parties).map { allowed(under: session.demands(ofParties: [$0])) }
        // Without a deal, the runs worth explaining are those some party's
        // own demands rule out: outside the common ground.
        let consistent = (0..<parties).filter { session.solve(session.demands(ofParties: [$0])) == .satisfiable }
        let reference = open ?? consistent.reduce(IssueOverlap.all(of: domain)) { $0.intersection(allowedByParty[$1]) }
        let runs = SupportQuestion.exclusions(
            of: i, outside: reference, allowedByDemand: allowedByDemand, allowedByParty: allowedByParty, in: session)
        func first(_ set: IssueOverlap?) -> Int64? {
            if case .intervals(let list)? = set { return list.first?.lowerBound }
            return nil
        }
        let samples = [first(open ?? reference)].compactMap { $0 } + runs.compactMap { first($0.values) }
        var result = IssueExplanation(issue: i, values: samples.map { ask(session, issue: i, value: $0, parties: parties) })
        result.open = open
        result.common = open == nil ? reference : nil
        result.excludedRuns = runs
        result.sampled = true
        result.incomplete = cuts.entries
        return result
    }
    /// Every value of a domain explained one by one, or nil for an integer
    /// range of more than ``wholeRangeLimit`` values (explained run by run).
    private static func valueByValue(_ domain: Domain) -> [Int64]? {
        switch domain {
        case .values(let names): names.indices.map { Int64($0) }
        case .bool: [0, 1]
        case .integers(let low, let high): Int128(high) - Int128(low) >= Int128(wholeRangeLimit) ? nil : Array(low...high)
        }
    }

    /// What `explain` says of each excluded value, issue by issue (the
    /// report's appendix): the values outside `inside` (the overlap, or the
    /// common ground when no deal exists; nil: every value) that some
    /// minimal set of demands rules out, or that a cut left unknown, each
    /// with those sets; a wide integer issue by the first value of each
    /// excluded run. Issues are explained in order until `limit` values
    /// have been; the rest are counted in `skipped`.
    static func excludedValues(
        _ session: AnalysisSession, parties: Int, inside: [IssueOverlap]?, limit: Int
    ) -> (issues: [IssueExplanation], skipped: Int) {
        var explained: [IssueExplanation] = []
        var values = 0
        for i in session.issues.indices {
            guard values < limit else { return (explained, session.issues.count - i) }
            func outside(_ value: Int64) -> Bool { !(inside?[i].contains(value) ?? false) }
            var explanation = valueByValue(session.issues[i].domain).map { values in
                IssueExplanation(issue: i, values: values.filter(outside).map { ask(session, issue: i, value: $0, parties: parties) })
            } ?? ask(session, issue: i, parties: parties)
            // A value ruled out by no set of its own is not excluded by
            // anything about it: the demands conflict whatever it is.
            explanation.values = explanation.values.filter {
                outside($0.value) && ($0.possible == nil || ($0.possible == false && !$0.excludedBy.isEmpty))
            }
            guard !explanation.values.isEmpty else { continue }
            values += explanation.values.count
            explained.append(explanation)
        }
        return (explained, 0)
    }
}
