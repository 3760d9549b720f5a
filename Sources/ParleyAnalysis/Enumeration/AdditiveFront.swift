import ParleyModel

/// The Pareto front by dynamic programming over the issues, for positions
/// whose utilities add up issue by issue: no solver call.
///
/// When every preference mentions at most one issue, a party's utility is a
/// sum of one table per issue (value -> weight met), and the front of a sum
/// of independent choices is found among the sums of the parts' fronts: if
/// `a + b` is dominated then so is some choice through a dominated `a` or
/// `b`, so dominated partial sums can be dropped as soon as they appear
/// (the classic Pareto dynamic program, as in multi-objective knapsack
/// solvers; see Bazgan, Hugot and Vanderpooten 2009). Issue by issue, the
/// front so far is combined with the issue's own nondominated value vectors
/// and pruned again; each kept vector remembers one agreement that reaches
/// it. Demands are allowed when each mentions at most one issue (they
/// remove values) or is `utility(p) >= T` / `> T` over p's own preferences:
/// such bounds are upward closed, so the front under them is the front
/// without them restricted to the vectors meeting them.
///
/// Everything is integer arithmetic, so the front is exact. Vectors live
/// in flat arrays of `partyCount` entries each; the merge's inner loops
/// touch only those arrays.
struct AdditiveFront {
    /// A utility vector of the front and the agreement reaching it.
    struct Point {
        var agreement: [Int64]
        var utilities: [Int64]
    }

    /// The most partial sums one merge step may form before the method
    /// gives way to the solver's guided improvement.
    static let candidateLimit = 4_000_000
    /// The most values an issue may have for the method to apply.
    static let valueLimit: Int64 = 65_536

    let issues: [Issue]
    let partyCount: Int
    /// Per issue, the values kept (after single-issue demands), as domain
    /// values (index, 0/1 or integer).
    private var values: [[Int64]] = []
    /// Per issue, each kept value's utility vector, flat.
    private var contributions: [[Int64]] = []
    /// What preferences mentioning no issue add, per party.
    private var base: [Int64]
    /// Per party, the least utility its `utility(p)` demands ask for.
    private var floors: [Int64]
    /// Whether some demand holds nowhere.
    private var impossible = false

    /// Prepares the method, or nil when the positions are not additive (or
    /// an issue is too large to list).
    init?(issues: [Issue], demands: [Condition], parties: [Party]) {
        self.issues = issues
        partyCount = parties.count
        base = Array(repeating: 0, count: parties.count)
        floors = Array(repeating: Int64.min, count: parties.count)
        var template: [Int64] = []
        for issue in issues {
            switch issue.domain {
            case .values(let names):
                guard Int64(names.count) <= AdditiveFront.valueLimit else { return nil }
                template.append(0)
            case .bool:
                template.append(0)
            case .integers(let low, let high):
                guard high.subtractingReportingOverflow(low).overflow == false, high - low < AdditiveFront.valueLimit else { return nil }
                template.append(low)
            }
        }
        // Preferences: each on one issue (or none).
        var onIssue = Array(repeating: [(party: Int, weight: Int64, condition: Condition)](), count: issues.count)
        for (p, party) in parties.enumerated() {
            for preference in party.preferences {
                let mentioned = preference.condition.mentionedIssues
                guard mentioned.count <= 1 else { return nil }
                if let issue = mentioned.first {
                    onIssue[issue].append((p, preference.weight, preference.condition))
                } else if preference.condition.holds(template) {
                    base[p] += preference.weight
                }
            }
        }
        // Demands: conjunctions of single-issue conditions and utility floors.
        var filters = Array(repeating: [Condition](), count: issues.count)
        for demand in demands.flatMap(\.conjuncts) {
            if case .utility(let bound) = demand {
                guard let p = parties.firstIndex(where: { $0.name == bound.party }),
                      bound.weights == parties[p].preferences.map(\.weight),
                      bound.conditions == parties[p].preferences.map(\.condition) else { return nil }
                let floor: Int64
                switch bound.relation {
                case .greaterEqual: floor = bound.bound
                case .greater:
                    guard bound.bound < Int64.max else { return nil }
                    floor = bound.bound + 1
                default: return nil
                }
                floors[p] = max(floors[p], floor)
                continue
            }
            let mentioned = demand.mentionedIssues
            guard mentioned.count <= 1, !demand.mentionsUtility else { return nil }
            if let issue = mentioned.first {
                filters[issue].append(demand)
            } else if !demand.holds(template) {
                impossible = true
            }
        }
        for (i, issue) in issues.enumerated() {
            let domain: [Int64]
            switch issue.domain {
            case .values(let names): domain = (0..<Int64(names.count)).map { $0 }
            case .bool: domain = [0, 1]
            case .integers(let low, let high): domain = Array(low...high)
            }
            var kept: [Int64] = []
            var vectors: [Int64] = []
            var agreement = template
            for value in domain {
                agreement[i] = value
                guard filters[i].allSatisfy({ $0.holds(agreement) }) else { continue }
                var vector = Array(repeating: Int64(0), count: partyCount)
                for preference in onIssue[i] where preference.condition.holds(agreement) {
                    vector[preference.party] += preference.weight
                }
                kept.append(value)
                vectors += vector
            }
            // Within the issue, only nondominated values matter.
            let survivors = AdditiveFront.nondominated(vectors, count: kept.count, width: partyCount)
            values.append(survivors.map { kept[$0] })
            contributions.append(survivors.flatMap { vectors[($0 * partyCount)..<(($0 + 1) * partyCount)] })
        }
    }

    /// The front, by descending utility vector; nil when a merge step would
    /// pass ``candidateLimit`` partial sums, or time ran out (asked between
    /// issues).
    func front(options: AnalysisOptions) -> [Point]? {
        if impossible { return [] }
        let width = partyCount
        // Stage k's vectors, flat, and for each the stage-(k-1) vector and
        // the value of issue k it extends.
        var current = base
        var count = 1
        var parents: [[Int32]] = []
        var choices: [[Int32]] = []
        for i in issues.indices {
            if options.isOutOfTime { return nil }
            let options = values[i].count
            guard options > 0 else { return [] }
            guard count * options <= AdditiveFront.candidateLimit else { return nil }
            var sums = [Int64](repeating: 0, count: count * options * width)
            var at = 0
            for f in 0..<count {
                for o in 0..<options {
                    for p in 0..<width {
                        sums[at] = current[f * width + p] &+ contributions[i][o * width + p]
                        at += 1
                    }
                }
            }
            let survivors = AdditiveFront.nondominated(sums, count: count * options, width: width)
            var next = [Int64](repeating: 0, count: survivors.count * width)
            var parent = [Int32](repeating: 0, count: survivors.count)
            var choice = [Int32](repeating: 0, count: survivors.count)
            for (k, s) in survivors.enumerated() {
                for p in 0..<width { next[k * width + p] = sums[s * width + p] }
                parent[k] = Int32(s / options)
                choice[k] = Int32(s % options)
            }
            current = next
            count = survivors.count
            parents.append(parent)
            choices.append(choice)
        }
        var points: [Point] = []
        for k in 0..<count {
            let utilities = Array(current[(k * width)..<((k + 1) * width)])
            guard zip(utilities, floors).allSatisfy({ $0 >= $1 }) else { continue }
            var agreement = [Int64](repeating: 0, count: issues.count)
            var at = k
            for i in issues.indices.reversed() {
                agreement[i] = values[i][Int(choices[i][at])]
                at = Int(parents[i][at])
            }
            points.append(Point(agreement: agreement, utilities: utilities))
        }
        return points
    }

    /// The indexes of the nondominated vectors among `count` vectors of
    /// `width` entries (flat), in descending lexicographic order of their
    /// vectors; of equal vectors the first. A vector is dominated when
    /// another is at least as large everywhere and differs.
    static func nondominated(_ vectors: [Int64], count: Int, width: Int) -> [Int] {
        guard count > 0 else { return [] }
        if width == 2 {
            var pairs = (0..<count).map { PairKey(first: vectors[2 * $0], second: vectors[2 * $0 + 1], index: $0) }
            pairs.sort()
            // In this order a vector survives when its second entry beats
            // every survivor's before it.
            var kept = [pairs[0].index]
            var best = pairs[0].second
            for key in pairs.dropFirst() where key.second > best {
                kept.append(key.index)
                best = key.second
            }
            return kept
        }
        var order = (0..<count).map { SortKey(vectors: vectors, width: width, index: $0) }
        order.sort()
        if width < 2 { return [order[0].index] }
        var kept: [Int] = []
        // A dominating vector sorts before what it dominates, so one pass
        // against the survivors so far suffices.
        for key in order {
            var dominated = false
            for survivor in kept {
                var atLeast = true
                for p in 0..<width where vectors[survivor * width + p] < vectors[key.index * width + p] {
                    atLeast = false
                    break
                }
                if atLeast {
                    dominated = true
                    break
                }
            }
            if !dominated { kept.append(key.index) }
        }
        return kept
    }

    /// A pair's position for sorting: descending by first, then second,
    /// then ascending by index.
    private struct PairKey: Comparable {
        let first: Int64
        let second: Int64
        let index: Int

        static func < (a: PairKey, b: PairKey) -> Bool {
            if a.first != b.first { return a.first > b.first }
            if a.second != b.second { return a.second > b.second }
            return a.index < b.index
        }
    }

    /// A vector's position for sorting: descending lexicographic by its
    /// entries, then ascending by index (so the first of equals leads).
    private struct SortKey: Comparable {
        let vectors: [Int64]
        let width: Int
        let index: Int

        static func == (a: SortKey, b: SortKey) -> Bool { a.index == b.index }

        static func < (a: SortKey, b: SortKey) -> Bool {
            for p in 0..<a.width {
                let x = a.vectors[a.index * a.width + p]
                let y = b.vectors[b.index * b.width + p]
                if x != y { return x > y }
            }
            return a.index < b.index
        }
    }
}
