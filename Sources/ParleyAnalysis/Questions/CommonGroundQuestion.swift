import ParleyModel

/// What the positions share even while they conflict: per issue, the
/// values every party's own demands admit, each party taken on its own
/// (the common ground); and for integer issues without common ground, how
/// far apart the parties are (the gaps).
///
/// A party's acceptable values on an issue are those some agreement
/// meeting all of its demands takes (``SupportQuestion/allowed(under:in:part:cuts:)``,
/// on a session of the party's own issues). The common ground intersects
/// them over the consistent parties; a party with no demands admits every
/// value, an inconsistent one is left out.
enum CommonGroundQuestion {
    struct Answer {
        /// Per party (declaration order), per issue: the values its own
        /// demands admit (none anywhere for an inconsistent party).
        var allowedBy: [[IssueOverlap]]
        /// Per issue; nil when cut.
        var common: [IssueOverlap]?
        /// In issue order; nil when cut.
        var gaps: [Gap]?
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession, parties: [Party], consistent: [Bool?]) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("values each party allows")
        var supportCuts = session.cuts()
        let allowedBy = parties.indices.map {
            SupportQuestion.allowed(under: session.demands(ofParties: [$0]), in: session, part: .common, cuts: &supportCuts)
        }
        // A party whose consistency is unknown may or may not belong.
        if let reason = supportCuts.entries.first?.reason ?? (consistent.contains(nil) ? .timeout : nil) {
            cuts.add(.common, reason)
            cuts.add(.gaps, reason)
            return Answer(allowedBy: allowedBy, common: nil, gaps: nil, cuts: cuts)
        }
        let included = parties.indices.filter { consistent[$0] == true }
        let issues = session.issues
        let common = issues.indices.map { i in
            included.reduce(IssueOverlap.all(of: issues[i].domain)) { $0.intersection(allowedBy[$1][i]) }
        }
        let gaps = issues.indices.compactMap { i -> Gap? in
            guard case .integers = issues[i].domain, common[i].isEmpty, !included.isEmpty else { return nil }
            return gap(on: i, sets: included.map { (party: $0, values: allowedBy[$0][i]) })
        }
        return Answer(allowedBy: allowedBy, common: common, gaps: gaps, cuts: cuts)
    }

    /// The shortest interval meeting every party's set (each non-empty).
    ///
    /// For an interval starting at `a`, each party's nearest value is the
    /// smallest of its set at or above `a`, and the interval must reach the
    /// farthest of those. Its length, as `a` rises, falls by one each step
    /// until `a` passes the end of one of the sets' intervals, where some
    /// party's nearest value jumps: so the shortest starts at such an end,
    /// and only those are tried.
    static func gap(on issue: Int, sets: [(party: Int, values: IssueOverlap)]) -> Gap? {
        let lists = sets.map { set -> [ClosedRange<Int64>] in
            if case .intervals(let list) = set.values { return list }
            return []
        }
        guard lists.allSatisfy({ !$0.isEmpty }) else { return nil }
        var best: (low: Int64, high: Int64)?
        for a in Set(lists.flatMap { $0.map(\.upperBound) }).sorted() {
            var high = a
            var reachable = true
            for list in lists {
                guard let next = list.first(where: { $0.upperBound >= a }) else { reachable = false; break }
                high = max(high, max(next.lowerBound, a))
            }
            guard reachable else { continue }
            if let current = best, Int128(high) - Int128(a) >= Int128(current.high) - Int128(current.low) { continue }
            best = (a, high)
        }
        guard let (low, high) = best else { return nil }
        return Gap(
            issue: issue, between: low...high,
            below: zip(sets, lists).filter { $1.last!.upperBound <= low }.map(\.0.party),
            above: zip(sets, lists).filter { $1.first!.lowerBound >= high }.map(\.0.party))
    }
}
