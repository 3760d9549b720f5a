import ParleyModel

/// The agreement counter's conditions compiled into flat arrays of nodes,
/// with the box they are evaluated over.
///
/// It answers what ``BoxEvaluator`` answers, node for node, but a
/// ``Condition`` is an enum whose operands live in arrays and boxes:
/// walking one in the counter's inner loops retained and released them at
/// every step. Here a node is an index, its operands a run of indexes in
/// one array, a sum's terms a run in two more, and a membership's values a
/// precomputed bit mask (and a run of values for integer-like ranges), so
/// evaluating reads plain words.
struct FlatBoxEvaluator {
    private enum Kind: UInt8 {
        case constant, flag, member, compare, not, all, any, parity, count, utility
    }

    /// The range of values each issue takes in the box (for named values
    /// and bools, a range of domain indexes or 0...1).
    var ranges: [ClosedRange<Int64>]
    /// For issues with named values or bools: the values in the box as a
    /// bit mask, which then takes precedence over the range; 0 for integer
    /// issues and domains of over 64 values.
    var masks: [UInt64]

    /// Per node: its kind, and the fields that kind uses (see ``add(_:)``).
    private var kinds: [Kind] = []
    private var firsts: [Int] = []
    private var seconds: [Int] = []
    private var lengths: [Int] = []
    private var constants: [Int64] = []
    private var atomMasks: [UInt64] = []
    /// Operands of `not`, `all`, `any`, parities and counts, by node.
    private var operands: [Int] = []
    private var termIssues: [Int] = []
    private var termCoefficients: [Int64] = []
    private var memberValues: [Int64] = []
    /// A utility node's weights, one per operand, from `weightFirsts[node]`.
    private var weights: [Int64] = []
    private var weightFirsts: [Int] = []
    /// The node of each condition compiled, in order.
    private(set) var roots: [Int] = []

    /// Compiles the conditions over a box of every issue's values.
    init(conditions: [Condition], ranges: [ClosedRange<Int64>], masks: [UInt64]) {
        self.ranges = ranges
        self.masks = masks
        roots = conditions.map { add($0) }
    }

    /// Appends a node for the condition (and its operands), returning its
    /// index. Fields by kind: constant: first = 0 or 1; flag: first =
    /// issue; member: first = issue, second..second+length in
    /// `memberValues`, the atom mask; compare: first..first+length in the
    /// terms, second = relation, constant = the sum's constant; not, all,
    /// any: first..first+length in `operands`; parity: the same, second = 1
    /// when odd; count: the same, second = kind, constant = k; utility: the
    /// preferences as operands, their weights from `weightFirsts`, second =
    /// relation, constant = the bound.
    private mutating func add(_ condition: Condition) -> Int {
        var kind = Kind.constant
        var first = 0, second = 0, length = 0
        var constant: Int64 = 0
        var atom: UInt64 = 0
        var children: [Condition] = []
        var weightFirst = 0
        switch condition {
        case .constant(let b):
            first = b ? 1 : 0
        case .flag(let issue):
            kind = .flag
            first = issue
        case .member(let issue, let values):
            kind = .member
            first = issue
            second = memberValues.count
            length = values.count
            memberValues += values.map { Int64($0) }
            atom = values.reduce(UInt64(0)) { $1 < 64 ? $0 | 1 << UInt64($1) : $0 }
        case .compare(let sum, let relation) where (relation == .equal || relation == .notEqual)
            && FlatBoxEvaluator.missesEveryWholePoint(sum):
            // `2·x - 2·y == 239` holds nowhere, whatever the box: a constant,
            // so that it neither links x and y nor splits them.
            first = relation == .notEqual ? 1 : 0
        case .compare(let sum, let relation):
            kind = .compare
            first = termIssues.count
            length = sum.terms.count
            termIssues += sum.terms.map(\.issue)
            termCoefficients += sum.terms.map(\.coefficient)
            constant = sum.constant
            second = FlatBoxEvaluator.code(of: relation)
        case .not(let inner):
            kind = .not
            children = [inner]
        case .all(let parts):
            kind = .all
            children = parts
        case .any(let parts):
            kind = .any
            children = parts
        case .parity(let parts, let odd):
            kind = .parity
            children = parts
            second = odd ? 1 : 0
        case .count(let countKind, let k, let parts):
            kind = .count
            children = parts
            second = countKind == .atLeast ? 0 : countKind == .atMost ? 1 : 2
            constant = Int64(k)
        case .utility(let bound):
            kind = .utility
            children = bound.conditions
            second = FlatBoxEvaluator.code(of: bound.relation)
            constant = bound.bound
            weightFirst = weights.count
            weights += bound.weights
        }
        let childNodes = children.map { add($0) }
        if !children.isEmpty {
            first = operands.count
            length = childNodes.count
            operands += childNodes
        }
        kinds.append(kind)
        firsts.append(first)
        seconds.append(second)
        lengths.append(length)
        constants.append(constant)
        atomMasks.append(atom)
        weightFirsts.append(weightFirst)
        return kinds.count - 1
    }

    /// Whether `sum == 0` has no solution in whole numbers: the gcd of its
    /// coefficients does not divide its constant.
    private static func missesEveryWholePoint(_ sum: LinearSum) -> Bool {
        var divisor: UInt64 = 0
        for term in sum.terms {
            var (a, b) = (divisor, term.coefficient.magnitude)
            while b != 0 { (a, b) = (b, a % b) }
            divisor = a
        }
        return divisor > 1 && sum.constant.magnitude % divisor != 0
    }

    private static func code(of relation: Relation) -> Int {
        switch relation {
        case .greaterEqual: 0
        case .greater: 1
        case .lessEqual: 2
        case .less: 3
        case .equal: 4
        case .notEqual: 5
        }
    }

    /// Whether the issue has more than one value left in the box.
    func isFree(_ issue: Int) -> Bool {
        let mask = masks[issue]
        if mask != 0 { return mask & (mask &- 1) != 0 }
        return ranges[issue].lowerBound != ranges[issue].upperBound
    }

    /// The node's truth throughout the box: true if it holds for every
    /// agreement in it, false for none, nil otherwise (three-valued, as
    /// ``BoxEvaluator/evaluate(_:)``).
    func evaluate(_ node: Int) -> Bool? {
        switch kinds[node] {
        case .constant:
            return firsts[node] != 0
        case .flag:
            let issue = firsts[node]
            if masks[issue] != 0 { return masks[issue] == 0b10 ? true : masks[issue] == 0b01 ? false : nil }
            let range = ranges[issue]
            return range.lowerBound == range.upperBound ? range.lowerBound != 0 : nil
        case .member:
            let issue = firsts[node]
            if masks[issue] != 0 {
                let inside = masks[issue] & atomMasks[node]
                return inside == 0 ? false : inside == masks[issue] ? true : nil
            }
            let range = ranges[issue]
            var inside: UInt64 = 0
            for k in seconds[node]..<(seconds[node] + lengths[node]) where range.contains(memberValues[k]) { inside += 1 }
            if inside == 0 { return false }
            return inside == UInt64(range.upperBound - range.lowerBound) + 1 ? true : nil
        case .compare, .utility:
            // A utility ranges from the weights surely met to those possibly
            // met, and compares with its bound as a sum with its constant.
            let (minimum, maximum) = kinds[node] == .compare ? sumRange(node) : utilityRange(node)
            switch seconds[node] {
            case 0: return minimum >= 0 ? true : maximum < 0 ? false : nil
            case 1: return minimum > 0 ? true : maximum <= 0 ? false : nil
            case 2: return maximum <= 0 ? true : minimum > 0 ? false : nil
            case 3: return maximum < 0 ? true : minimum >= 0 ? false : nil
            case 4: return minimum == 0 && maximum == 0 ? true : (minimum > 0 || maximum < 0) ? false : nil
            default: return (minimum > 0 || maximum < 0) ? true : minimum == 0 && maximum == 0 ? false : nil
            }
        case .not:
            return evaluate(operands[firsts[node]]).map { !$0 }
        case .all:
            var unknown = false
            for k in firsts[node]..<(firsts[node] + lengths[node]) {
                switch evaluate(operands[k]) {
                case false?: return false
                case nil: unknown = true
                default: break
                }
            }
            return unknown ? nil : true
        case .any:
            var unknown = false
            for k in firsts[node]..<(firsts[node] + lengths[node]) {
                switch evaluate(operands[k]) {
                case true?: return true
                case nil: unknown = true
                default: break
                }
            }
            return unknown ? nil : false
        case .parity:
            var isOdd = false
            for k in firsts[node]..<(firsts[node] + lengths[node]) {
                guard let holds = evaluate(operands[k]) else { return nil }
                isOdd = isOdd != holds
            }
            return isOdd == (seconds[node] == 1)
        case .count:
            var sure = 0
            var unknown = 0
            for k in firsts[node]..<(firsts[node] + lengths[node]) {
                switch evaluate(operands[k]) {
                case true?: sure += 1
                case nil: unknown += 1
                default: break
                }
            }
            let k = Int(constants[node])
            switch seconds[node] {
            case 0: return sure >= k ? true : sure + unknown < k ? false : nil
            case 1: return sure + unknown <= k ? true : sure > k ? false : nil
            default: return sure == k && unknown == 0 ? true : (sure > k || sure + unknown < k) ? false : nil
            }
        }
    }

    /// Appends the node's signature in the box: a word that says whether
    /// it holds throughout (1), fails throughout (0) or is undecided (2);
    /// for an undecided atom, then the values left to each issue it
    /// mentions (a mask, or the range's two ends), and for an undecided
    /// operator, its operands' signatures. Two boxes that give a condition
    /// the same signature give it the same truth at every assignment of the
    /// issues its undecided atoms mention: the values of issues that only
    /// decided atoms mention do not matter, and are left out. The node's
    /// shape fixes how many words each part takes, so the words read back
    /// one way only.
    func signature(of node: Int, into words: inout [Int64]) {
        switch evaluate(node) {
        case true?:
            words.append(1)
            return
        case false?:
            words.append(0)
            return
        case nil:
            words.append(2)
        }
        switch kinds[node] {
        case .constant:
            return
        case .flag, .member:
            values(of: firsts[node], into: &words)
        case .compare:
            for t in firsts[node]..<(firsts[node] + lengths[node]) { values(of: termIssues[t], into: &words) }
        case .not, .all, .any, .parity, .count, .utility:
            for k in firsts[node]..<(firsts[node] + lengths[node]) { signature(of: operands[k], into: &words) }
        }
    }

    /// The values left to an issue: its mask, or its range's two ends.
    private func values(of issue: Int, into words: inout [Int64]) {
        if masks[issue] != 0 {
            words.append(Int64(bitPattern: masks[issue]))
        } else {
            words.append(ranges[issue].lowerBound)
            words.append(ranges[issue].upperBound)
        }
    }

    /// The least and greatest value of a utility node's utility minus its
    /// bound over the box.
    private func utilityRange(_ node: Int) -> (Int128, Int128) {
        var low = -Int128(constants[node])
        var high = low
        for k in 0..<lengths[node] {
            let weight = Int128(weights[weightFirsts[node] + k])
            switch evaluate(operands[firsts[node] + k]) {
            case true?:
                low += weight
                high += weight
            case nil: high += weight
            case false?: break
            }
        }
        return (low, high)
    }

    /// The least and greatest value of a compare node's sum over the box.
    /// In 64-bit words while no product or partial sum overflows (Int128
    /// multiplication costs several times more, and the counter asks this
    /// for every piece it looks at), else in 128 bits.
    private func sumRange(_ node: Int) -> (Int128, Int128) {
        var minimum = constants[node]
        var maximum = minimum
        for t in firsts[node]..<(firsts[node] + lengths[node]) {
            let c = termCoefficients[t]
            let range = ranges[termIssues[t]]
            let (a, overflowA) = c.multipliedReportingOverflow(by: range.lowerBound)
            let (b, overflowB) = c.multipliedReportingOverflow(by: range.upperBound)
            let (low, overflowLow) = minimum.addingReportingOverflow(min(a, b))
            let (high, overflowHigh) = maximum.addingReportingOverflow(max(a, b))
            if overflowA || overflowB || overflowLow || overflowHigh { return wideSumRange(node) }
            minimum = low
            maximum = high
        }
        return (Int128(minimum), Int128(maximum))
    }

    /// ``sumRange(_:)`` in 128 bits, which no sum of 64-bit products over
    /// a node's terms overflows.
    private func wideSumRange(_ node: Int) -> (Int128, Int128) {
        var minimum = Int128(constants[node])
        var maximum = minimum
        for t in firsts[node]..<(firsts[node] + lengths[node]) {
            let c = Int128(termCoefficients[t])
            let range = ranges[termIssues[t]]
            let a = c * Int128(range.lowerBound)
            let b = c * Int128(range.upperBound)
            minimum += min(a, b)
            maximum += max(a, b)
        }
        return (minimum, maximum)
    }

    /// Adds the free issues of the node's undecided atoms: the issues its
    /// truth still depends on in the box. The issues found so far for the
    /// same condition are `found[first...]`.
    func dependence(of node: Int, from first: Int, into found: inout [Int]) {
        switch kinds[node] {
        case .constant:
            return
        case .flag, .member:
            let issue = firsts[node]
            if isFree(issue) && !found[first...].contains(issue) && evaluate(node) == nil { found.append(issue) }
        case .compare:
            guard evaluate(node) == nil else { return }
            for t in firsts[node]..<(firsts[node] + lengths[node]) {
                let issue = termIssues[t]
                if isFree(issue) && !found[first...].contains(issue) { found.append(issue) }
            }
        case .not:
            dependence(of: operands[firsts[node]], from: first, into: &found)
        case .all, .any, .parity, .count:
            for k in firsts[node]..<(firsts[node] + lengths[node]) where evaluate(operands[k]) == nil {
                dependence(of: operands[k], from: first, into: &found)
            }
        case .utility:
            guard evaluate(node) == nil else { return }
            for k in firsts[node]..<(firsts[node] + lengths[node]) where evaluate(operands[k]) == nil {
                dependence(of: operands[k], from: first, into: &found)
            }
        }
    }

    /// The first values of `issue` at which an atom of the node may change
    /// its truth, given the other issues' ranges in the box: for `a * x + r
    /// >= 0` with r ranging over [rmin, rmax], where it starts holding for
    /// the smallest r and where for the largest. When the other issues are
    /// fixed, these are exactly the flips.
    func collectBreakpoints(of node: Int, for issue: Int, into points: inout [Int64]) {
        switch kinds[node] {
        case .constant, .flag:
            return
        case .member:
            guard firsts[node] == issue else { return }
            for k in seconds[node]..<(seconds[node] + lengths[node]) {
                points.append(memberValues[k])
                points.append(memberValues[k] + 1)
            }
        case .compare:
            var a: Int128 = 0
            var low = Int128(constants[node])
            var high = low
            for t in firsts[node]..<(firsts[node] + lengths[node]) {
                let c = Int128(termCoefficients[t])
                if termIssues[t] == issue {
                    a += c
                } else {
                    let range = ranges[termIssues[t]]
                    let x = c * Int128(range.lowerBound)
                    let y = c * Int128(range.upperBound)
                    low += min(x, y)
                    high += max(x, y)
                }
            }
            guard a != 0 else { return }
            addThresholds(a, low, relation: seconds[node], into: &points)
            if low != high { addThresholds(a, high, relation: seconds[node], into: &points) }
        case .not, .all, .any, .parity, .count, .utility:
            // A utility changes only where one of its preferences does.
            for k in firsts[node]..<(firsts[node] + lengths[node]) {
                collectBreakpoints(of: operands[k], for: issue, into: &points)
            }
        }
    }

    /// Adds, for the node's undecided atoms, what ``PlaneCount`` needs when
    /// `x` and `y` are the only free issues they mention (every other one
    /// fixed): the values of x at which an atom on x alone flips (`cuts`),
    /// and the boundaries in y of the others, as functions of x (two for an
    /// equation or inequation in both, whose points lie on a line). False
    /// when an atom is not of a kind the plane count handles: an atom on an
    /// issue that is neither fixed nor x or y, or numbers past
    /// ``PlaneCount/magnitudeLimit``.
    func planeBoundaries(of node: Int, x: Int, y: Int, into boundaries: inout [PlaneBoundary], cuts: inout [Int128]) -> Bool {
        switch kinds[node] {
        case .constant:
            return true
        case .flag, .member:
            guard evaluate(node) == nil else { return true }
            let issue = firsts[node]
            guard issue == x || issue == y else { return false }
            // A flag on an integer is `issue != 0`: it flips at 0 and 1, as
            // membership in {0}.
            let values: ArraySlice<Int64> = kinds[node] == .flag ? [0] : memberValues[seconds[node]..<(seconds[node] + lengths[node])]
            for value in values {
                for point in [Int128(value), Int128(value) + 1] {
                    if issue == x { cuts.append(point) } else { boundaries.append(.constant(point)) }
                }
            }
            return true
        case .compare:
            guard evaluate(node) == nil else { return true }
            var a: Int128 = 0
            var b: Int128 = 0
            var c = Int128(constants[node])
            for t in firsts[node]..<(firsts[node] + lengths[node]) {
                let issue = termIssues[t]
                let coefficient = Int128(termCoefficients[t])
                if issue == x {
                    a += coefficient
                } else if issue == y {
                    b += coefficient
                } else {
                    let range = ranges[issue]
                    guard range.lowerBound == range.upperBound else { return false }
                    c += coefficient * Int128(range.lowerBound)
                }
            }
            let limit = PlaneCount.magnitudeLimit
            guard a.magnitude <= limit, b.magnitude <= limit, c.magnitude <= limit else { return false }
            let relation = seconds[node]
            if relation >= 4 {
                // Equal or unequal: on x alone, it flips around the one
                // solution; on y alone, the solution is a constant piece.
                if b == 0 && a != 0 {
                    if (-c) % a == 0 { cuts += [(-c) / a, (-c) / a + 1] }
                    return true
                }
                if a == 0 && b != 0 {
                    if (-c) % b == 0 { boundaries += [.constant((-c) / b), .constant((-c) / b + 1)] }
                    return true
                }
                // On both: a·x + b·y + c == 0 holds from y = ⌈(-c - a·x) / b⌉
                // (b made positive) up to, not including, one above
                // ⌊(-c - a·x) / b⌋, a piece of one value where b divides
                // -c - a·x and of none elsewhere. The two boundaries are
                // parallel; the plane count sums the piece's size in closed
                // form like any other.
                let (A, B, C) = b > 0 ? (a, b, c) : (-a, -b, -c)
                boundaries.append(PlaneBoundary(slope: -A, offset: B - 1 - C, divisor: B))
                boundaries.append(PlaneBoundary(slope: -A, offset: B - C, divisor: B))
                return true
            }
            // As A·x + B·y + C >= 0.
            var (A, B, C) = (a, b, c)
            switch relation {
            case 1: C -= 1
            case 2: (A, B, C) = (-a, -b, -c)
            case 3: (A, B, C) = (-a, -b, -c - 1)
            default: break
            }
            if B == 0 {
                if let cut = PlaneBoundary.flip(slope: A, offset: C, threshold: 0) { cuts.append(cut) }
            } else if B > 0 {
                // y >= ⌈(-C - A·x) / B⌉ = ⌊(-A·x + B - 1 - C) / B⌋.
                boundaries.append(PlaneBoundary(slope: -A, offset: B - 1 - C, divisor: B))
            } else {
                // y <= ⌊(A·x + C) / -B⌋: the other side starts one above.
                boundaries.append(PlaneBoundary(slope: A, offset: C - B, divisor: -B))
            }
            return true
        case .not, .all, .any, .parity, .count, .utility:
            for k in firsts[node]..<(firsts[node] + lengths[node]) {
                guard planeBoundaries(of: operands[k], x: x, y: y, into: &boundaries, cuts: &cuts) else { return false }
            }
            return true
        }
    }

    /// The thresholds of `a * x + r REL 0` for one r.
    private func addThresholds(_ a: Int128, _ r: Int128, relation: Int, into points: inout [Int64]) {
        switch relation {
        case 0: addThreshold(a, r, into: &points)
        case 1: addThreshold(a, r - 1, into: &points)
        case 2: addThreshold(-a, -r, into: &points)
        case 3: addThreshold(-a, -r - 1, into: &points)
        default:
            addThreshold(a, r, into: &points)
            addThreshold(-a, -r, into: &points)
        }
    }

    /// Where `a * x + r >= 0` starts holding (a > 0) or the value after
    /// the last x where it holds (a < 0), if that is a 64-bit integer.
    private func addThreshold(_ a: Int128, _ r: Int128, into points: inout [Int64]) {
        let point: Int128 = a > 0 ? -r.floorDivided(by: a) : r.floorDivided(by: -a) + 1
        if let value = Int64(exactly: point) { points.append(value) }
    }
}
