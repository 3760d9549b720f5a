import ParleyModel

/// The state and the search of ``AgreementCounter``, as a value: the
/// recursion mutates one struct, so that the box, the scratch arrays and
/// the cache are reached without the run-time exclusivity checks that a
/// class's stored properties cost on every access.
///
/// The search is the one ``AgreementCounter`` describes. A component's key
/// is written once into `pending`, a stack of words kept across calls, and
/// looked up and stored from there (``ComponentCache``): no key allocates.
struct BoxCounter {
    /// One piece of a split issue: its range, or its mask where it has one.
    private struct Piece {
        var range: ClosedRange<Int64>
        var mask: UInt64
    }

    /// The node of each condition in `box`.
    private let roots: [Int]
    /// Every issue each condition mentions, ascending.
    private let issuesOf: [[Int]]
    /// The conditions, compiled, and the values left to every issue.
    private var box: FlatBoxEvaluator
    private var cache = ComponentCache()
    /// The keys of the components being counted, innermost last: a
    /// component's key is written here, looked up in place, and stored in
    /// the cache once its count is known (see ``countComponent(_:_:)``).
    private var pending: [Int64] = []
    /// The limits (``AgreementCounter/init(domains:conditions:options:depthLimit:)``).
    let options: AnalysisOptions
    /// The deepest splits may nest.
    let depthLimit: Int
    /// Whether counts need only tell zero from non-zero
    /// (``AgreementCounter/init(domains:conditions:options:depthLimit:stopsAtFirstAgreement:)``).
    let stopsAtFirstAgreement: Bool
    private var depth = 0
    /// Boxes split in the current call.
    private(set) var boxes = 0
    /// The most boxes the current call may split: `countLimit`, or less.
    private var boxLimit = 0
    /// Why the current call stopped early, if it did.
    private(set) var cut: CutReason?
    // Scratch arrays indexed by issue, reused by every box: `mark[i] ==
    // generation` means issue i was seen in the current pass.
    private var mark: [Int]
    private var generation = 0
    private var owner: [Int]
    private var occurrences: [Int]
    /// The issues one condition depends on, while the split is chosen.
    private var depending: [Int] = []

    /// The cache is emptied when it grows past this many components, which
    /// bounds memory on long counts at the price of some recounting.
    private static let cacheCapacity = 1 << 19

    init(domains: [Domain], conditions: [Condition], options: AnalysisOptions, depthLimit: Int = 4_000, stopsAtFirstAgreement: Bool = false) {
        self.stopsAtFirstAgreement = stopsAtFirstAgreement
        issuesOf = conditions.map(\.mentionedIssues)
        box = FlatBoxEvaluator(
            conditions: conditions,
            ranges: domains.map { domain in
                switch domain {
                case .values(let names): 0...Int64(names.count - 1)
                case .bool: 0...1
                case .integers(let low, let high): low...high
                }
            },
            masks: domains.map(BoxCounter.fullMask))
        roots = box.roots
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

    /// See ``AgreementCounter/count(_:over:boxLimit:)``.
    mutating func count(_ conditionIndexes: [Int], over issues: [Int], boxLimit: Int?) -> BigCount {
        boxes = 0
        cut = nil
        self.boxLimit = min(boxLimit ?? options.countLimit, options.countLimit)
        return countBox(conditionIndexes, issues)
    }

    /// See ``AgreementCounter/count(_:over:boxLimit:limiting:to:)``.
    mutating func count(_ conditionIndexes: [Int], over issues: [Int], boxLimit: Int?, limiting issue: Int, to values: AgreementCounter.Values) -> BigCount {
        let saved = Piece(range: box.ranges[issue], mask: box.masks[issue])
        switch values {
        case .range(let range): box.ranges[issue] = range
        case .mask(let mask): box.masks[issue] = mask
        }
        let total = count(conditionIndexes, over: issues, boxLimit: boxLimit)
        box.ranges[issue] = saved.range
        box.masks[issue] = saved.mask
        return total
    }

    // MARK: Boxes and components

    private func size(_ issue: Int) -> UInt64 {
        let mask = box.masks[issue]
        if mask != 0 { return UInt64(mask.nonzeroBitCount) }
        let range = box.ranges[issue]
        return UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
    }

    /// The agreements of the box on `issues` meeting `conds`.
    private mutating func countBox(_ conds: [Int], _ issues: [Int]) -> BigCount {
        var undecided: [Int] = []
        for c in conds {
            switch box.evaluate(roots[c]) {
            case false?: return .zero
            case nil: undecided.append(c)
            case true?: continue
            }
        }
        // The free issues each undecided condition still depends on, and
        // the groups of conditions they link.
        // Flat: condition k's issues are relevant[ends[k - 1]..<ends[k]].
        var relevant: [Int] = []
        var ends: [Int] = []
        ends.reserveCapacity(undecided.count)
        for c in undecided {
            let first = relevant.count
            box.dependence(of: roots[c], from: first, into: &relevant)
            ends.append(relevant.count)
        }
        if let narrowed = countNarrowed(conds, issues, undecided: undecided, relevant: relevant, ends: ends) { return narrowed }
        generation += 1
        var groups = UnionFind(count: undecided.count)
        for position in undecided.indices {
            for issue in relevant[(position == 0 ? 0 : ends[position - 1])..<ends[position]] {
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
                for issue in relevant[(position == 0 ? 0 : ends[position - 1])..<ends[position]] where mark[issue] != generation {
                    mark[issue] = generation
                    componentIssues.append(issue)
                }
            }
            total = total * countComponent(group.map { undecided[$0] }, componentIssues.sorted())
            if total.isZero { break }
        }
        return total
    }

    // MARK: Narrowing by conditions on one issue

    /// The box's count after narrowing every named-value or bool issue
    /// that an undecided condition alone depends on to the values that
    /// condition leaves it; nil when none narrows, and the box is split as
    /// usual.
    ///
    /// This is unit propagation for boxes: a condition on one free issue
    /// rules out values of it whatever the other issues take, so the count
    /// is the same on the narrower box, where the issue may no longer be
    /// free and no longer link the other conditions (`b and atleast 2 of
    /// {b, x + y + z == 5}` leaves a plane reduction in x, y, z once b is
    /// known true, where a split of x would otherwise halve it down to
    /// single values). Integer issues are left to the split: narrowing
    /// their ranges changes the choice of the issue split next, and on the
    /// benchmark talks as often for the worse as for the better
    /// (docs/performance.md).
    private mutating func countNarrowed(
        _ conds: [Int], _ issues: [Int], undecided: [Int], relevant: [Int], ends: [Int]
    ) -> BigCount? {
        var saved: [(issue: Int, mask: UInt64)] = []
        var isEmpty = false
        for position in undecided.indices {
            let first = position == 0 ? 0 : ends[position - 1]
            guard ends[position] - first == 1 else { continue }
            let issue = relevant[first]
            let mask = box.masks[issue]
            guard mask != 0 else { continue }
            let kept = keptValues(of: issue, by: undecided[position])
            guard kept != mask else { continue }
            saved.append((issue, mask))
            if kept == 0 {
                isEmpty = true
                break
            }
            box.masks[issue] = kept
        }
        if saved.isEmpty { return nil }
        var total = BigCount.zero
        if !isEmpty && depth < depthLimit {
            depth += 1
            total = countBox(conds, issues)
            depth -= 1
        } else if !isEmpty {
            cut = .limit
        }
        // Restored in reverse: an issue narrowed twice gets its first mask back.
        for (issue, mask) in saved.reversed() { box.masks[issue] = mask }
        return total
    }

    /// The values of a masked issue the condition does not rule out, as a
    /// mask (0 when it rules out all of them).
    private mutating func keptValues(of issue: Int, by condition: Int) -> UInt64 {
        let mask = box.masks[issue]
        var kept: UInt64 = 0
        var rest = mask
        while rest != 0 {
            let bit = rest & (~rest &+ 1)
            rest &= rest &- 1
            box.masks[issue] = bit
            if box.evaluate(roots[condition]) != false { kept |= bit }
        }
        box.masks[issue] = mask
        return kept
    }

    /// The agreements of the box on `free`, the issues a connected set of
    /// undecided conditions depends on, meeting those conditions.
    private mutating func countComponent(_ conds: [Int], _ free: [Int]) -> BigCount {
        // The key: the number of conditions, their indexes, then each
        // condition's signature in the box (``FlatBoxEvaluator/signature(of:into:)``):
        // the values left to the issues of its undecided atoms and the truth
        // of its decided ones, so that boxes differing only in issues the
        // component no longer depends on share an entry. It is written on
        // top of the pending keys of the components being split around this
        // one, and stays there while this one is.
        let start = pending.count
        pending.append(Int64(conds.count))
        for c in conds { pending.append(Int64(c)) }
        for c in conds { box.signature(of: roots[c], into: &pending) }
        let hash = ComponentCache.hash(pending[start...])
        if let known = cache.find(pending[start...], hash: hash) {
            pending.removeLast(pending.count - start)
            return known
        }
        if cut != nil {
            pending.removeLast(pending.count - start)
            return .zero
        }
        boxes += 1
        if boxes > boxLimit || depth >= depthLimit {
            cut = .limit
            pending.removeLast(pending.count - start)
            return .zero
        }
        if boxes & 1023 == 0 {
            options.progress?.found(boxes)
            if options.isOutOfTime {
                cut = .timeout
                pending.removeLast(pending.count - start)
                return .zero
            }
        }

        if free.count == 2, let total = planeCount(conds, free) ?? sweep(conds, free) {
            if cut == nil {
                if cache.count >= BoxCounter.cacheCapacity { cache.removeAll() }
                cache.insert(pending[start...], hash: hash, count: total)
            }
            pending.removeLast(pending.count - start)
            return total
        }
        let chosen: Int
        let pieces: [Piece]
        if let narrowest = planeReduction(free) {
            // Three free integers: fix the narrowest to each of its values,
            // leaving two for the plane count, rather than halving ranges
            // that a comparison over three of them rarely decides.
            chosen = narrowest
            let range = box.ranges[narrowest]
            pieces = (range.lowerBound...range.upperBound).map { Piece(range: $0...$0, mask: 0) }
        } else {
            // In a small component of at most two integers, fix the named
            // values first: what is left is a plane count or a sweep.
            var integers = 0
            for issue in free where box.masks[issue] == 0 { integers += 1 }
            chosen = mostMentioned(free, by: conds, valuesFirst: integers <= 2 && free.count <= 6)
            pieces = box.masks[chosen] != 0 ? valuePieces(chosen, conds) : rangePieces(chosen, conds)
        }
        let saved = Piece(range: box.ranges[chosen], mask: box.masks[chosen])
        var total = BigCount.zero
        depth += 1
        for piece in pieces {
            box.ranges[chosen] = piece.range
            box.masks[chosen] = piece.mask
            total = total + countBox(conds, free)
            // Existence is settled by the first piece that counts; the
            // rest would only make the count exact.
            if stopsAtFirstAgreement && !total.isZero { break }
        }
        depth -= 1
        box.ranges[chosen] = saved.range
        box.masks[chosen] = saved.mask
        if cut == nil {
            if cache.count >= BoxCounter.cacheCapacity { cache.removeAll() }
            cache.insert(pending[start...], hash: hash, count: total)
        }
        pending.removeLast(pending.count - start)
        return total
    }

    /// The free issue the most conditions still depend on in the box (see
    /// ``FlatBoxEvaluator/dependence(of:from:into:)``); on a tie, one with
    /// named values (its split is exact), then the first. With
    /// `valuesFirst`, an issue with named values if there is one.
    private mutating func mostMentioned(_ free: [Int], by conds: [Int], valuesFirst: Bool) -> Int {
        generation += 1
        for issue in free {
            occurrences[issue] = 0
            mark[issue] = generation
        }
        // Mentions that still count: an atom decided in the box (`2·x - 2·y
        // == 239`, or `x < 10` once x < 10 throughout) no longer ties its
        // issue to the others, and splitting that issue first would halve
        // a range no condition asks about.
        for c in conds {
            depending.removeAll(keepingCapacity: true)
            box.dependence(of: roots[c], from: 0, into: &depending)
            for issue in depending where mark[issue] == generation { occurrences[issue] += 2 }
        }
        // Ranked by (named values first, if asked; then mentions, a
        // masked issue winning ties), compared as tuples.
        var best = free[0]
        var bestRank = (-1, -1)
        for issue in free {
            let isMasked = box.masks[issue] != 0
            let rank = (valuesFirst && isMasked ? 1 : 0, occurrences[issue] + (isMasked ? 1 : 0))
            if rank > bestRank {
                best = issue
                bestRank = rank
            }
        }
        return best
    }

    // MARK: Counting two integer issues in closed form

    /// The count of a component of two free integer issues by
    /// ``PlaneCount``, each run of the first issue a box against the limit;
    /// nil when the plane count does not apply (then it is swept).
    private mutating func planeCount(_ conds: [Int], _ free: [Int]) -> BigCount? {
        guard box.masks[free[0]] == 0, box.masks[free[1]] == 0 else { return nil }
        // The wider issue is the one summed over in closed form.
        let (x, y) = size(free[0]) >= size(free[1]) ? (free[0], free[1]) : (free[1], free[0])
        guard let (total, runs) = PlaneCount.count(conds.map { roots[$0] }, x: x, y: y, box: &box) else { return nil }
        boxes += runs
        if boxes > boxLimit {
            cut = .limit
            return .zero
        }
        return total
    }

    /// For a component of exactly three free integer issues, the narrowest
    /// when it has at most ``sweepLimit`` values; nil otherwise.
    private func planeReduction(_ free: [Int]) -> Int? {
        guard free.count == 3, box.masks[free[0]] == 0, box.masks[free[1]] == 0, box.masks[free[2]] == 0 else { return nil }
        let narrowest = free.min { size($0) < size($1) }!
        return size(narrowest) <= BoxCounter.sweepLimit ? narrowest : nil
    }

    // MARK: Sweeping two issues

    /// The most values of one issue a sweep fixes in turn.
    private static let sweepLimit: UInt64 = 1 << 12

    /// The count of a component of two free issues at least one of which
    /// is an integer range (`other`), by fixing the other one (`swept`, the
    /// smaller) to each of its values in turn and cutting `other` at its
    /// breakpoints, which are exact once every other issue is fixed; nil
    /// when neither issue fits (then the component is split as usual).
    ///
    /// Splitting would reach the same single values, but through a box, a
    /// key and a cache entry per value and per half on the way: a
    /// comparison over two free integer issues is only decided when one of
    /// them is fixed. Each swept value counts as one box against the limit.
    private mutating func sweep(_ conds: [Int], _ free: [Int]) -> BigCount? {
        var swept = free[0]
        var other = free[1]
        if box.masks[other] != 0 || (box.masks[swept] == 0 && size(swept) > size(other)) { swap(&swept, &other) }
        guard box.masks[other] == 0, size(swept) <= BoxCounter.sweepLimit else { return nil }
        let touching = conds.filter { issuesOf[$0].contains(other) }
        // The other conditions mention only the swept issue among the free
        // ones: with its value fixed they are decided, so they are asked
        // once per value rather than once per piece of `other`.
        let rest = conds.filter { !issuesOf[$0].contains(other) }
        let saved = Piece(range: box.ranges[swept], mask: box.masks[swept])
        let span = box.ranges[other]
        var total = BigCount.zero
        var sum: UInt64 = 0
        var remaining = saved.mask
        var value = saved.range.lowerBound
        var isLastValue = false
        // The breakpoints at the current value; local, as an undecided
        // piece's count may sweep again.
        var points: [Int64] = []
        depth += 1
        while cut == nil {
            // The next value of the swept issue, as a one-bit mask or a
            // one-value range.
            if saved.mask != 0 {
                if remaining == 0 { break }
                box.masks[swept] = remaining & (~remaining &+ 1)
                remaining &= remaining &- 1
            } else {
                if isLastValue { break }
                box.ranges[swept] = value...value
                if value == saved.range.upperBound { isLastValue = true } else { value += 1 }
            }
            boxes += 1
            if boxes > boxLimit {
                cut = .limit
                break
            }
            if boxes & 1023 == 0 {
                options.progress?.found(boxes)
                if options.isOutOfTime {
                    cut = .timeout
                    break
                }
            }
            let restHolds = evaluateAll(rest)
            if restHolds == false { continue }
            let asked = restHolds == true ? touching : conds
            points.removeAll(keepingCapacity: true)
            for c in touching { box.collectBreakpoints(of: roots[c], for: other, into: &points) }
            points.sort()
            var low = span.lowerBound
            var k = 0
            while true {
                // The next piece of `other`: up to the next breakpoint
                // inside the span, or to its end.
                while k < points.count && points[k] <= low { k += 1 }
                let high = k < points.count && points[k] <= span.upperBound ? points[k] - 1 : span.upperBound
                box.ranges[other] = low...high
                var piece: UInt64 = 0
                switch evaluateAll(asked) {
                case true?: piece = UInt64(bitPattern: high &- low) &+ 1
                case false?: break
                case nil:
                    // Not linear in `other` (a parity of atoms, say): split as usual.
                    let counted = countBox(conds, free)
                    if let small = counted.uint64Value { piece = small } else { total = total + counted }
                }
                let (next, overflow) = sum.addingReportingOverflow(piece)
                if overflow {
                    total = total + BigCount(sum) + BigCount(piece)
                    sum = 0
                } else {
                    sum = next
                }
                if high == span.upperBound || cut != nil { break }
                low = high + 1
            }
            box.ranges[other] = span
        }
        depth -= 1
        box.ranges[swept] = saved.range
        box.masks[swept] = saved.mask
        box.ranges[other] = span
        return total + BigCount(sum)
    }

    // MARK: Splitting an issue

    /// The values of a masked issue for which no condition fails: those
    /// under which every condition holds in one piece (if they do together
    /// too), the others one by one.
    private mutating func valuePieces(_ issue: Int, _ conds: [Int]) -> [Piece] {
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
            switch box.evaluate(roots[c]) {
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
    private mutating func rangePieces(_ issue: Int, _ conds: [Int]) -> [Piece] {
        let range = box.ranges[issue]
        var points: [Int64] = []
        for c in conds where issuesOf[c].contains(issue) {
            box.collectBreakpoints(of: roots[c], for: issue, into: &points)
        }
        points.removeAll { $0 <= range.lowerBound || $0 > range.upperBound }
        points.sort()
        var distinct = 0
        for k in points.indices where distinct == 0 || points[distinct - 1] != points[k] {
            points[distinct] = points[k]
            distinct += 1
        }
        points.removeLast(points.count - distinct)
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
}
