import ParleyModel

/// Counts exactly the agreements meeting a set of conditions, the way
/// #SAT solvers count models (exhaustive search with component
/// decomposition and caching: Bacchus, Dalmao and Pitassi 2003; sharpSAT,
/// Thurley 2006), but over issues and their values instead of clauses:
///
/// - A *box* gives each issue a set of values left: a range for integer
///   issues, a bit mask for named values and bools. ``BoxEvaluator``
///   decides which conditions hold throughout the box (dropped), fail
///   throughout (the box counts zero), or are undecided.
/// - Undecided conditions that share no *free* issue (one with more than
///   one value left) that they still depend on (one in an undecided atom)
///   are independent components: each is counted on its own and the counts
///   multiplied. Free issues no undecided condition depends on multiply the
///   count by their number of values.
/// - A component is counted by splitting the issue most of its conditions
///   mention, and adding up the pieces: named values and bools one value at
///   a time (the values for which every condition holds in one piece), an
///   integer at the points where one of its comparisons turns from
///   undecided to decided, given the other issues' ranges (exactly where
///   the comparison flips when the others are fixed), or in halves when
///   there are none.
/// - A component's count is cached under its conditions and the values its
///   issues have left: fixing one issue often leaves parts that were met
///   before under another value of it.
///
/// The counter is exact when ``cut`` is nil. Past `countLimit` boxes
/// (partial assignments) in one call, splits nested ``depthLimit`` deep, or
/// past the deadline, it stops and what it returns is a lower bound.
final class AgreementCounter {
    /// One piece of a split issue: its range, or its mask where it has one.
    private struct Piece {
        var range: ClosedRange<Int64>
        var mask: UInt64
    }

    /// A component in a box: its conditions and the values left to every
    /// issue they mention (two numbers per range, one per mask).
    private struct ComponentKey: Hashable {
        var conditions: [Int]
        var values: [Int64]
    }

    private let conditions: [Condition]
    /// Every issue each condition mentions, ascending.
    private let issuesOf: [[Int]]
    private var box: BoxEvaluator
    private var cache: [ComponentKey: BigCount] = [:]
    /// The most boxes one call of ``count(_:over:)`` may split
    /// (`--count-limit`), the deadline, the stop signal and the progress meter.
    let options: AnalysisOptions
    /// The deepest splits may nest. Each level takes about 900 bytes of
    /// stack (measured in a release build), so the default of 4,000 stays
    /// within half of the main thread's 8 MB.
    let depthLimit: Int
    private var depth = 0
    /// Boxes split in the current call.
    private(set) var boxes = 0
    /// Why the current call stopped early, if it did.
    private(set) var cut: CutReason?
    // Scratch arrays indexed by issue, reused by every box: `mark[i] ==
    // generation` means issue i was seen in the current pass.
    private var mark: [Int]
    private var generation = 0
    private var owner: [Int]
    private var occurrences: [Int]

    /// The cache is emptied when it grows past this many components, which
    /// bounds memory on long counts at the price of some recounting.
    private static let cacheCapacity = 1 << 19

    /// A counter for agreements on issues of these domains. Callers do well
    /// to split conditions into their top-level conjuncts first: `a and b`
    /// as two conditions may fall into different components.
    init(domains: [Domain], conditions: [Condition], options: AnalysisOptions, depthLimit: Int = 4_000) {
        self.conditions = conditions
        issuesOf = conditions.map(\.mentionedIssues)
        box = BoxEvaluator(
            ranges: domains.map { domain in
                switch domain {
                case .values(let names): 0...Int64(names.count - 1)
                case .bool: 0...1
                case .integers(let low, let high): low...high
                }
            },
            masks: domains.map(AgreementCounter.fullMask))
        self.options = options
        self.depthLimit = depthLimit
        mark = Array(repeating: 0, count: domains.count)
        owner = Array(repeating: 0, count: domains.count)
        occurrences = Array(repeating: 0, count: domains.count)
    }

    /// Every value of a named-value or bool domain as a bit mask; 0 for
    /// integer ranges and domains of 64 values or more, which the box
    /// keeps as ranges.
    static func fullMask(_ domain: Domain) -> UInt64 {
        switch domain {
        case .integers: return 0
        case .bool: return 0b11
        case .values(let names): return names.count >= 64 ? 0 : (UInt64(1) << UInt64(names.count)) - 1
        }
    }

    /// The number of assignments to `issues` that meet every condition
    /// listed (indexes into the counter's conditions, ascending; they may
    /// mention only these issues). A lower bound if ``cut`` is set after.
    func count(_ conditionIndexes: [Int], over issues: [Int]) -> BigCount {
        boxes = 0
        cut = nil
        return countBox(conditionIndexes, issues)
    }

    // MARK: Boxes and components

    private func isFree(_ issue: Int) -> Bool {
        let mask = box.masks[issue]
        if mask != 0 { return mask & (mask &- 1) != 0 }
        return box.ranges[issue].lowerBound != box.ranges[issue].upperBound
    }

    private func size(_ issue: Int) -> UInt64 {
        let mask = box.masks[issue]
        if mask != 0 { return UInt64(mask.nonzeroBitCount) }
        let range = box.ranges[issue]
        return UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
    }

    /// The agreements of the box on `issues` meeting `conds`.
    private func countBox(_ conds: [Int], _ issues: [Int]) -> BigCount {
        var undecided: [Int] = []
        for c in conds {
            switch box.evaluate(conditions[c]) {
            case false?: return .zero
            case nil: undecided.append(c)
            case true?: continue
            }
        }
        // The free issues each undecided condition still depends on, and
        // the groups of conditions they link.
        var relevant: [[Int]] = []
        relevant.reserveCapacity(undecided.count)
        for c in undecided {
            var found: [Int] = []
            dependence(of: conditions[c], into: &found)
            relevant.append(found)
        }
        generation += 1
        var groups = UnionFind(count: undecided.count)
        for position in undecided.indices {
            for issue in relevant[position] {
                if mark[issue] == generation {
                    groups.union(position, owner[issue])
                } else {
                    mark[issue] = generation
                    owner[issue] = position
                }
            }
        }
        // Issues no undecided condition depends on multiply; machine words
        // until they overflow.
        var total = BigCount.one
        var product: UInt64 = 1
        for issue in issues where mark[issue] != generation {
            let (next, overflow) = product.multipliedReportingOverflow(by: size(issue))
            if overflow {
                total = total * BigCount(product) * BigCount(size(issue))
                product = 1
            } else {
                product = next
            }
        }
        total = total * BigCount(product)
        if undecided.isEmpty || total.isZero { return total }
        for group in groups.groups() {
            var componentIssues: [Int] = []
            generation += 1
            for position in group {
                for issue in relevant[position] where mark[issue] != generation {
                    mark[issue] = generation
                    componentIssues.append(issue)
                }
            }
            total = total * countComponent(group.map { undecided[$0] }, componentIssues.sorted())
            if total.isZero { break }
        }
        return total
    }

    /// Adds the free issues of the condition's undecided atoms: the issues
    /// its truth still depends on in the box. (An issue whose atoms are all
    /// decided throughout the box no longer matters, and keeping it would
    /// hold together components that have fallen apart.)
    private func dependence(of condition: Condition, into found: inout [Int]) {
        switch condition {
        case .constant:
            return
        case .flag(let issue), .member(let issue, _):
            if isFree(issue) && !found.contains(issue) && box.evaluate(condition) == nil { found.append(issue) }
        case .compare(let sum, _):
            guard box.evaluate(condition) == nil else { return }
            for term in sum.terms where isFree(term.issue) && !found.contains(term.issue) { found.append(term.issue) }
        case .not(let inner):
            dependence(of: inner, into: &found)
        case .all(let parts), .any(let parts), .parity(let parts, _), .count(_, _, let parts):
            for part in parts where box.evaluate(part) == nil { dependence(of: part, into: &found) }
        case .utility(let bound):
            guard box.evaluate(condition) == nil else { return }
            for part in bound.conditions where box.evaluate(part) == nil { dependence(of: part, into: &found) }
        }
    }

    /// The agreements of the box on `free`, the issues a connected set of
    /// undecided conditions depends on, meeting those conditions.
    private func countComponent(_ conds: [Int], _ free: [Int]) -> BigCount {
        generation += 1
        var mentioned: [Int] = []
        for c in conds {
            for issue in issuesOf[c] where mark[issue] != generation {
                mark[issue] = generation
                mentioned.append(issue)
            }
        }
        mentioned.sort()
        // The key holds every issue mentioned, free or not: decided atoms
        // still shape what the undecided ones mean.
        var values: [Int64] = []
        values.reserveCapacity(2 * mentioned.count)
        for issue in mentioned {
            if box.masks[issue] != 0 {
                values.append(Int64(bitPattern: box.masks[issue]))
            } else {
                values.append(box.ranges[issue].lowerBound)
                values.append(box.ranges[issue].upperBound)
            }
        }
        let key = ComponentKey(conditions: conds, values: values)
        if let known = cache[key] { return known }
        if cut != nil { return .zero }
        boxes += 1
        if boxes > options.countLimit || depth >= depthLimit {
            cut = .limit
            return .zero
        }
        if boxes & 1023 == 0 {
            options.progress?.found(boxes)
            if options.isOutOfTime {
                cut = .timeout
                return .zero
            }
        }

        let chosen = mostMentioned(free, by: conds)
        let pieces = box.masks[chosen] != 0 ? valuePieces(chosen, conds) : rangePieces(chosen, conds)
        let saved = Piece(range: box.ranges[chosen], mask: box.masks[chosen])
        var total = BigCount.zero
        depth += 1
        defer { depth -= 1 }
        for piece in pieces {
            box.ranges[chosen] = piece.range
            box.masks[chosen] = piece.mask
            total = total + countBox(conds, free)
        }
        box.ranges[chosen] = saved.range
        box.masks[chosen] = saved.mask
        if cut == nil {
            if cache.count >= AgreementCounter.cacheCapacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = total
        }
        return total
    }

    /// The free issue the most conditions mention; on a tie, one with named
    /// values (its split is exact), then the first.
    private func mostMentioned(_ free: [Int], by conds: [Int]) -> Int {
        generation += 1
        for issue in free {
            occurrences[issue] = 0
            mark[issue] = generation
        }
        for c in conds {
            for issue in issuesOf[c] where mark[issue] == generation { occurrences[issue] += 2 }
        }
        var best = free[0]
        var bestScore = -1
        for issue in free {
            let score = occurrences[issue] + (box.masks[issue] != 0 ? 1 : 0)
            if score > bestScore {
                best = issue
                bestScore = score
            }
        }
        return best
    }

    // MARK: Splitting an issue

    /// The values of a masked issue for which no condition fails: those
    /// under which every condition holds in one piece (if they do together
    /// too), the others one by one.
    private func valuePieces(_ issue: Int, _ conds: [Int]) -> [Piece] {
        let mask = box.masks[issue]
        let range = box.ranges[issue]
        let touching = conds.filter { issuesOf[$0].contains(issue) }
        var holding: UInt64 = 0
        var open: [UInt64] = []
        var rest = mask
        while rest != 0 {
            let bit = rest & (~rest &+ 1)
            rest &= rest &- 1
            box.masks[issue] = bit
            switch evaluateAll(touching) {
            case false?: continue
            case true?: holding |= bit
            case nil: open.append(bit)
            }
        }
        if holding != 0 {
            box.masks[issue] = holding
            if holding.nonzeroBitCount > 1 && evaluateAll(touching) != true {
                var split = holding
                while split != 0 {
                    open.append(split & (~split &+ 1))
                    split &= split &- 1
                }
                holding = 0
            }
        }
        box.masks[issue] = mask
        var pieces = open.map { Piece(range: range, mask: $0) }
        if holding != 0 { pieces.append(Piece(range: range, mask: holding)) }
        return pieces
    }

    /// The conditions together: false if one fails, true if all hold.
    private func evaluateAll(_ conds: [Int]) -> Bool? {
        var result: Bool? = true
        for c in conds {
            switch box.evaluate(conditions[c]) {
            case false?: return false
            case nil: result = nil
            case true?: continue
            }
        }
        return result
    }

    /// The integer issue's range cut at every point where one of its
    /// comparisons or memberships becomes decided; in halves if none falls
    /// inside.
    private func rangePieces(_ issue: Int, _ conds: [Int]) -> [Piece] {
        let range = box.ranges[issue]
        var points: [Int64] = []
        for c in conds where issuesOf[c].contains(issue) {
            collectBreakpoints(of: conditions[c], for: issue, into: &points)
        }
        points = Array(Set(points.filter { $0 > range.lowerBound && $0 <= range.upperBound })).sorted()
        if points.isEmpty {
            // Floor of the midpoint, in 128 bits: lower + upper may overflow.
            let middle = Int64((Int128(range.lowerBound) + Int128(range.upperBound)) >> 1)
            points = [middle + 1]
        }
        var pieces: [Piece] = []
        var start = range.lowerBound
        for point in points {
            pieces.append(Piece(range: start...(point - 1), mask: 0))
            start = point
        }
        pieces.append(Piece(range: start...range.upperBound, mask: 0))
        return pieces
    }

    /// The first values of `issue` at which an atom of the condition may
    /// change its truth, given the other issues' ranges in the box: for
    /// `a * x + r >= 0` with r ranging over [rmin, rmax], where it starts
    /// holding for the smallest r and where for the largest. When the other
    /// issues are fixed, these are exactly the flips.
    private func collectBreakpoints(of condition: Condition, for issue: Int, into points: inout [Int64]) {
        switch condition {
        case .constant, .flag:
            return
        case .member(let target, let values):
            guard target == issue else { return }
            for value in values {
                points.append(Int64(value))
                points.append(Int64(value) + 1)
            }
        case .compare(let sum, let relation):
            var a: Int128 = 0
            var low = Int128(sum.constant)
            var high = low
            for term in sum.terms {
                let c = Int128(term.coefficient)
                if term.issue == issue {
                    a += c
                } else {
                    let x = c * Int128(box.ranges[term.issue].lowerBound)
                    let y = c * Int128(box.ranges[term.issue].upperBound)
                    low += min(x, y)
                    high += max(x, y)
                }
            }
            guard a != 0 else { return }
            for r in low == high ? [low] : [low, high] {
                switch relation {
                case .greaterEqual: addThreshold(a, r, into: &points)
                case .greater: addThreshold(a, r - 1, into: &points)
                case .lessEqual: addThreshold(-a, -r, into: &points)
                case .less: addThreshold(-a, -r - 1, into: &points)
                case .equal, .notEqual:
                    addThreshold(a, r, into: &points)
                    addThreshold(-a, -r, into: &points)
                }
            }
        case .not(let inner):
            collectBreakpoints(of: inner, for: issue, into: &points)
        case .all(let parts), .any(let parts), .parity(let parts, _), .count(_, _, let parts):
            for part in parts { collectBreakpoints(of: part, for: issue, into: &points) }
        case .utility(let bound):
            // A utility changes only where one of its preferences does.
            for part in bound.conditions { collectBreakpoints(of: part, for: issue, into: &points) }
        }
    }

    /// Where `a * x + r >= 0` starts holding (a > 0) or the value after
    /// the last x where it holds (a < 0), if that is a 64-bit integer.
    private func addThreshold(_ a: Int128, _ r: Int128, into points: inout [Int64]) {
        let point: Int128 = a > 0 ? -r.floorDivided(by: a) : r.floorDivided(by: -a) + 1
        if let value = Int64(exactly: point) { points.append(value) }
    }
}
