import ParleyModel

/// The exact number of agreements meeting every demand, counting
/// assignments to all issues.
///
/// Issues no demand mentions multiply the count by their domain sizes. The
/// rest fall into independent parts (issues linked by demands), each
/// counted and multiplied: by an ``AgreementCounter`` (which splits a part
/// again into components as issues get narrowed) held to ``quickLimit``
/// boxes, where most parts end; else by listing its agreements when they
/// are few (``EnumeratedFront``, whose tables cost more than a quick
/// count); else by the counter again with the full limit. `--count-limit`
/// bounds the boxes the counter splits per part; past it the count is a
/// lower bound.
enum CountingQuestion {
    struct Answer {
        var count: BigCount
        /// False when a limit cut the counting.
        var exact: Bool
        var cuts: Cuts
    }

    /// The boxes a part may take in the counter before it is listed
    /// instead (a few milliseconds of counting at most).
    static let quickLimit = 2_000

    static func ask(_ session: AnalysisSession) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("agreements (boxes split)")
        var conditions: [Condition] = []
        var conjunctsOf: [[Int]] = []
        for demand in session.demands {
            let conjuncts = demand.condition.conjuncts
            conjunctsOf.append(Array(conditions.count..<(conditions.count + conjuncts.count)))
            conditions += conjuncts
        }
        let counter = AgreementCounter(domains: session.issues.map(\.domain), conditions: conditions, options: session.options)
        var total = BigCount.one
        var mentioned = Set<Int>()
        for part in session.independentParts(session.allDemands) {
            let partIssues = Array(Set(part.flatMap { session.demands[$0].issues })).sorted()
            mentioned.formUnion(partIssues)
            let partConjuncts = part.flatMap { conjunctsOf[$0] }.sorted()
            let quick = counter.count(partConjuncts, over: partIssues, boxLimit: quickLimit)
            let quickCut = counter.cut
            if quickCut == nil {
                total = total * quick
            } else if let listed = listedCount(session, partConjuncts.map { conditions[$0] }, over: partIssues) {
                total = total * BigCount(UInt64(listed))
            } else if session.options.countLimit <= quickLimit, let quickCut {
                // The quick try already had the whole limit.
                total = total * quick
                cuts.add(.agreements, quickCut)
            } else {
                total = total * counter.count(partConjuncts, over: partIssues)
                if let cut = counter.cut { cuts.add(.agreements, cut) }
            }
            if total.isZero { break }
        }
        if !total.isZero {
            for (i, issue) in session.issues.enumerated() where !mentioned.contains(i) {
                total = total * BigCount(issue.domain.size)
            }
        }
        return Answer(count: total, exact: !cuts.contains(.agreements), cuts: cuts)
    }
}

extension CountingQuestion {
    /// The count of a part by listing its agreements, when there are at
    /// most ``EnumeratedFront/outcomeLimit`` and the listing's budgets hold
    /// (each condition over the part's issues only); nil otherwise, or
    /// out of time, and the component counter counts it.
    fileprivate static func listedCount(_ session: AnalysisSession, _ conditions: [Condition], over issues: [Int]) -> Int? {
        var position: [Int: Int] = [:]
        for (k, issue) in issues.enumerated() { position[issue] = k }
        let listing = EnumeratedFront(
            issues: issues.map { session.issues[$0] }, demands: conditions.map { $0.renumbered(position) }, parties: [])
        return listing?.count(options: session.options)
    }
}
