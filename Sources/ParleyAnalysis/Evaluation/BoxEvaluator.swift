import ParleyModel

/// Three-valued (Kleene) evaluation of a condition over a box: some issues
/// fixed, others ranging over a set of values. `true` means the condition
/// holds for every agreement in the box, `false` for none; anything else is
/// `nil`. Linear atoms use the exact range of the sum over the box, so the
/// answer is never wrong, only sometimes unknown.
struct BoxEvaluator {
    /// The range of values each issue takes in the box (for named values
    /// and bools, a range of domain indexes or 0...1).
    var ranges: [ClosedRange<Int64>]
    /// For issues with named values or bools: the set of values in the box
    /// as a bit mask (bit v for value v), which then takes precedence over
    /// the range; 0 for integer issues and domains of over 64 values.
    var masks: [UInt64]

    init(ranges: [ClosedRange<Int64>], masks: [UInt64]) {
        self.ranges = ranges
        self.masks = masks
    }

    func evaluate(_ condition: Condition) -> Bool? {
        switch condition {
        case .constant(let b):
            return b
        case .flag(let issue):
            if masks[issue] != 0 { return masks[issue] == 0b10 ? true : masks[issue] == 0b01 ? false : nil }
            let range = ranges[issue]
            return range.lowerBound == range.upperBound ? range.lowerBound != 0 : nil
        case .member(let issue, let values):
            if masks[issue] != 0 {
                let atom = values.reduce(UInt64(0)) { $1 < 64 ? $0 | 1 << UInt64($1) : $0 }
                let inside = masks[issue] & atom
                return inside == 0 ? false : inside == masks[issue] ? true : nil
            }
            let range = ranges[issue]
            let inside = values.filter { range.contains(Int64($0)) }.count
            if inside == 0 { return false }
            return UInt64(inside) == UInt64(range.upperBound - range.lowerBound) + 1 ? true : nil
        case .compare(let sum, let relation):
            var minimum = Int128(sum.constant)
            var maximum = minimum
            for term in sum.terms {
                let c = Int128(term.coefficient)
                let a = c * Int128(ranges[term.issue].lowerBound)
                let b = c * Int128(ranges[term.issue].upperBound)
                minimum += min(a, b)
                maximum += max(a, b)
            }
            switch relation {
            case .greaterEqual: return minimum >= 0 ? true : maximum < 0 ? false : nil
            case .greater: return minimum > 0 ? true : maximum <= 0 ? false : nil
            case .lessEqual: return maximum <= 0 ? true : minimum > 0 ? false : nil
            case .less: return maximum < 0 ? true : minimum >= 0 ? false : nil
            case .equal: return minimum == 0 && maximum == 0 ? true : (minimum > 0 || maximum < 0) ? false : nil
            case .notEqual: return (minimum > 0 || maximum < 0) ? true : minimum == 0 && maximum == 0 ? false : nil
            }
        case .not(let inner):
            return evaluate(inner).map { !$0 }
        case .all(let parts):
            var unknown = false
            for part in parts {
                switch evaluate(part) {
                case false?: return false
                case nil: unknown = true
                default: break
                }
            }
            return unknown ? nil : true
        case .any(let parts):
            var unknown = false
            for part in parts {
                switch evaluate(part) {
                case true?: return true
                case nil: unknown = true
                default: break
                }
            }
            return unknown ? nil : false
        case .parity(let parts, let odd):
            var isOdd = false
            for part in parts {
                guard let holds = evaluate(part) else { return nil }
                isOdd = isOdd != holds
            }
            return isOdd == odd
        case .count(let kind, let k, let parts):
            var sure = 0
            var unknown = 0
            for part in parts {
                switch evaluate(part) {
                case true?: sure += 1
                case nil: unknown += 1
                default: break
                }
            }
            switch kind {
            case .atLeast: return sure >= k ? true : sure + unknown < k ? false : nil
            case .atMost: return sure + unknown <= k ? true : sure > k ? false : nil
            case .exactly: return sure == k && unknown == 0 ? true : (sure > k || sure + unknown < k) ? false : nil
            }
        case .utility(let bound):
            // The utility ranges from the weights surely met to those
            // possibly met; the comparison is decided when both ends agree.
            var low: Int64 = 0
            var high: Int64 = 0
            for (weight, part) in zip(bound.weights, bound.conditions) {
                switch evaluate(part) {
                case true?:
                    low += weight
                    high += weight
                case nil: high += weight
                case false?: break
                }
            }
            if low == high { return bound.holds(utility: low) }
            switch bound.relation {
            case .equal: return bound.bound < low || bound.bound > high ? false : nil
            case .notEqual: return bound.bound < low || bound.bound > high ? true : nil
            default:
                // The other relations are monotone in the utility: settled
                // for the whole box when both ends agree.
                let atLow = bound.holds(utility: low)
                return atLow == bound.holds(utility: high) ? atLow : nil
            }
        }
    }
}
