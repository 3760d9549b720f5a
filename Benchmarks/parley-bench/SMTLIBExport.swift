import ParleyModel

/// Writes a set of positions as SMT-LIB 2 over integers, for the z3
/// reference in Scripts/marco-z3.py: one integer per issue (enum values and
/// bools as their index), its domain as assertions (with a comment line
/// `; issue xI LOW HIGH`), and each demand as `(=> s_K condition)` with a
/// Boolean selector `s_K` per demand (K in the order of Analysis demands:
/// party by party, in file order), after a comment line with its name.
enum SMTLIBExport {
    static func export(issues: [Issue], parties: [Party]) -> String {
        var out = "(set-logic QF_LIA)\n"
        for (i, issue) in issues.enumerated() {
            let (low, high): (Int64, Int64) = switch issue.domain {
            case .values(let names): (0, Int64(names.count - 1))
            case .bool: (0, 1)
            case .integers(let low, let high): (low, high)
            }
            out += "; issue x\(i) \(low) \(high)\n(declare-const x\(i) Int)\n(assert (and (<= \(number(low)) x\(i)) (<= x\(i) \(number(high)))))\n"
        }
        var k = 0
        for party in parties {
            for demand in party.demands {
                out += "; \(party.name).\(demand.name)\n(declare-const s\(k) Bool)\n(assert (=> s\(k) \(expression(demand.condition))))\n"
                k += 1
            }
        }
        return out
    }

    private static func number(_ value: Int64) -> String {
        value < 0 ? "(- \(value.magnitude))" : String(value)
    }

    private static func expression(_ condition: Condition) -> String {
        switch condition {
        case .constant(let value): return value ? "true" : "false"
        case .flag(let issue): return "(= x\(issue) 1)"
        case .member(let issue, let values):
            return values.isEmpty ? "false" : "(or " + values.map { "(= x\(issue) \($0))" }.joined(separator: " ") + ")"
        case .compare(let sum, let relation):
            let terms = sum.terms.map { "(* \(number($0.coefficient)) x\($0.issue))" } + [number(sum.constant)]
            let left = "(+ \(terms.joined(separator: " ")) 0)"
            switch relation {
            case .equal: return "(= \(left) 0)"
            case .notEqual: return "(not (= \(left) 0))"
            case .less: return "(< \(left) 0)"
            case .lessEqual: return "(<= \(left) 0)"
            case .greater: return "(> \(left) 0)"
            case .greaterEqual: return "(>= \(left) 0)"
            }
        case .not(let inner): return "(not \(expression(inner)))"
        case .all(let list): return "(and " + list.map(expression).joined(separator: " ") + " true)"
        case .any(let list): return "(or " + list.map(expression).joined(separator: " ") + " false)"
        case .parity(let list, let odd):
            let xor = "(xor " + list.map(expression).joined(separator: " ") + ")"
            return odd ? xor : "(not \(xor))"
        case .count(let kind, let k, let list):
            let sum = "(+ " + list.map { "(ite \(expression($0)) 1 0)" }.joined(separator: " ") + " 0)"
            switch kind {
            case .atLeast: return "(>= \(sum) \(k))"
            case .atMost: return "(<= \(sum) \(k))"
            case .exactly: return "(= \(sum) \(k))"
            }
        case .utility(let bound):
            let sum = "(+ " + zip(bound.weights, bound.conditions).map { "(ite \(expression($1)) \($0) 0)" }.joined(separator: " ") + " 0)"
            let op = switch bound.relation {
            case .equal: "="
            case .notEqual: "distinct"
            case .less: "<"
            case .lessEqual: "<="
            case .greater: ">"
            case .greaterEqual: ">="
            }
            return "(\(op) \(sum) \(number(bound.bound)))"
        }
    }
}
