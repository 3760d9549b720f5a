import Foundation
import ParleyModel

/// Writes the positions of a scenario as DIMACS CNF, for the pysat
/// reference in Scripts/pysat-reference.py: one file per set of positions
/// (`NAME.baseline.cnf`, then `NAME.whatif.W.cnf` for each what-if W), each
/// with the same issue encoding as the analysis (see ``CNFCircuit``) and a
/// selector per demand.
///
/// Comment lines before `p cnf` describe the variables:
/// - `c issue NAME enum VALUE=L...`: one literal per value, in domain
///   order;
/// - `c issue NAME bool L`;
/// - `c issue NAME int LOW HIGH B...`: the bits of `value - LOW`, least
///   significant first;
/// - `c party NAME`, in declaration order;
/// - `c demand PARTY QUALIFIED_NAME COST SELECTOR LITERAL`: `LITERAL` is
///   equivalent to the demand's condition, and the clause `-SELECTOR
///   LITERAL` makes assuming the selector impose it.
/// Clauses follow in blocks, each after `c block issue I`, `c block demand
/// K` or `c block constant`: a block's clauses mention only its own
/// variables, its issues' and the constant, so a reader can rebuild the
/// clauses of any group of demands on its own. Fallback ladders are not
/// exported (only a demand's own condition).
enum DIMACSExport {
    /// Writes the files of each scenario into `directory`.
    static func run(files: [String], directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for path in files {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
                  let scenario = ScenarioChecker.load(SourceFile(name: path, text: text)).0
            else {
                print("\(path): unreadable or invalid")
                exit(65)
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            var sets = [("baseline", scenario.parties)]
            for whatIf in scenario.whatIfs { sets.append(("whatif.\(whatIf.name)", scenario.positions(applying: whatIf))) }
            for (suffix, parties) in sets {
                let cnf = export(issues: scenario.issues, parties: parties)
                let target = (directory as NSString).appendingPathComponent("\(name).\(suffix).cnf")
                guard FileManager.default.createFile(atPath: target, contents: Data(cnf.utf8)) else {
                    print("parley-bench cnf: cannot write \(target)")
                    exit(73)
                }
            }
            print("\(name): \(sets.count) CNF files")
        }
    }

    /// The CNF text of one set of positions.
    static func export(issues: [Issue], parties: [Party]) -> String {
        var encoder = Encoder()
        var header = "c parley-cnf 1\n"
        var blocks: [(String, Range<Int>)] = [("constant", 0..<1)]
        for (i, issue) in issues.enumerated() {
            let start = encoder.circuit.clauses.count
            switch encoder.addIssue(issue.domain) {
            case .values(let literals):
                guard case .values(let names) = issue.domain else { preconditionFailure("not an enum issue") }
                header += "c issue \(issue.name) enum \(zip(names, literals).map { "\($0)=\($1)" }.joined(separator: " "))\n"
            case .flag(let literal):
                header += "c issue \(issue.name) bool \(literal)\n"
            case .integer(let bits, let low, let high):
                header += "c issue \(issue.name) int \(low) \(high)\(bits.map { " \($0)" }.joined())\n"
            }
            blocks.append(("issue \(i)", start..<encoder.circuit.clauses.count))
        }
        var k = 0
        for (p, party) in parties.enumerated() {
            header += "c party \(party.name)\n"
            for demand in party.demands {
                let start = encoder.circuit.clauses.count
                let literal = encoder.literal(for: demand.condition)
                let selector = encoder.circuit.fresh()
                encoder.circuit.add([-selector, literal])
                header += "c demand \(p) \(party.name).\(demand.name) \(demand.cost) \(selector) \(literal)\n"
                blocks.append(("demand \(k)", start..<encoder.circuit.clauses.count))
                k += 1
            }
        }
        var out = header + "p cnf \(encoder.circuit.variableCount) \(encoder.circuit.clauses.count)\n"
        for (label, range) in blocks {
            out += "c block \(label)\n"
            for clause in encoder.circuit.clauses[range] {
                out += clause.map(String.init).joined(separator: " ") + " 0\n"
            }
        }
        return out
    }

    /// Issues and conditions to gates, as ScenarioEncoding does it.
    struct Encoder {
        enum IssueVariables {
            case values([Int32])
            case flag(Int32)
            case integer(bits: [Int32], low: Int64, high: Int64)
        }

        var circuit = CNFCircuit()
        var variables: [IssueVariables] = []

        /// An issue's variables: exactly one value literal (pairwise at
        /// most one), one literal, or the binary number `x - low` bounded
        /// by `high - low`.
        mutating func addIssue(_ domain: Domain) -> IssueVariables {
            let result: IssueVariables
            switch domain {
            case .values(let names):
                let literals = names.map { _ in circuit.fresh() }
                circuit.add(literals)
                for i in literals.indices {
                    for j in (i + 1)..<literals.count { circuit.add([-literals[i], -literals[j]]) }
                }
                result = .values(literals)
            case .bool:
                result = .flag(circuit.fresh())
            case .integers(let low, let high):
                let span = UInt64(bitPattern: high &- low)
                let width = span == 0 ? 0 : 64 - span.leadingZeroBitCount
                let bits = (0..<width).map { _ in circuit.fresh() }
                if width < 64, span != (UInt64(1) << width) - 1 {
                    circuit.add([-circuit.atLeast(bits, Int128(span) + 1)])
                }
                result = .integer(bits: bits, low: low, high: high)
            }
            variables.append(result)
            return result
        }

        /// A literal equivalent to the condition.
        mutating func literal(for condition: Condition) -> Int32 {
            switch condition {
            case .constant(let value):
                return value ? CNFCircuit.on : -CNFCircuit.on
            case .flag(let issue):
                guard case .flag(let literal) = variables[issue] else { preconditionFailure("not a bool issue") }
                return literal
            case .member(let issue, let values):
                guard case .values(let literals) = variables[issue] else { preconditionFailure("not an enum issue") }
                return circuit.or(values.map { literals[$0] })
            case .compare(let sum, let relation):
                let (value, offset) = sumBits(sum.terms)
                return comparison(value, offset + Int128(sum.constant), relation)
            case .not(let inner):
                return -literal(for: inner)
            case .all(let parts):
                var literals: [Int32] = []
                for part in parts { literals.append(literal(for: part)) }
                return circuit.and(literals)
            case .any(let parts):
                var literals: [Int32] = []
                for part in parts { literals.append(literal(for: part)) }
                return circuit.or(literals)
            case .parity(let parts, let odd):
                var result = literal(for: parts[0])
                for part in parts.dropFirst() {
                    let next = literal(for: part)
                    result = circuit.xor(result, next)
                }
                return odd ? result : -result
            case .count(let kind, let k, let parts):
                var inputs: [Int32] = []
                for part in parts { inputs.append(literal(for: part)) }
                let counts = circuit.atLeastCounts(inputs, upTo: min(k + 1, inputs.count + 1))
                let atLeastK = k < counts.count ? counts[k] : -CNFCircuit.on
                let atLeastMore = k + 1 < counts.count ? counts[k + 1] : -CNFCircuit.on
                switch kind {
                case .atLeast: return atLeastK
                case .atMost: return -atLeastMore
                case .exactly: return circuit.and([atLeastK, -atLeastMore])
                }
            case .utility(let bound):
                var total: [Int32] = []
                for (part, weight) in zip(bound.conditions, bound.weights) {
                    let term = circuit.multiply([literal(for: part)], by: UInt64(weight))
                    total = total.isEmpty ? term : circuit.add(total, term)
                }
                return comparison(total, -Int128(bound.bound), bound.relation)
            }
        }

        /// The terms as an unsigned number V and a constant C with
        /// `terms = V + C`; a negative coefficient works on the negated bits.
        mutating func sumBits(_ terms: [LinearSum.Term]) -> ([Int32], Int128) {
            var offset: Int128 = 0
            var value: [Int32] = []
            for term in terms {
                guard case .integer(let bits, let low, _) = variables[term.issue] else { preconditionFailure("not an integer issue") }
                offset += Int128(term.coefficient) * Int128(low)
                let scaled: [Int32]
                if term.coefficient > 0 {
                    scaled = circuit.multiply(bits, by: UInt64(term.coefficient))
                } else {
                    // c * y = |c| * (2^w - 1 - y) - |c| * (2^w - 1).
                    let magnitude = term.coefficient.magnitude
                    scaled = circuit.multiply(bits.map { -$0 }, by: magnitude)
                    offset -= Int128(magnitude) * ((Int128(1) << bits.count) - 1)
                }
                value = value.isEmpty ? scaled : circuit.add(value, scaled)
            }
            return (value, offset)
        }

        /// A literal for `V + offset relation 0`.
        mutating func comparison(_ value: [Int32], _ offset: Int128, _ relation: Relation) -> Int32 {
            let atLeastZero = circuit.atLeast(value, -offset)
            let atLeastOne = circuit.atLeast(value, -offset + 1)
            switch relation {
            case .greaterEqual: return atLeastZero
            case .greater: return atLeastOne
            case .lessEqual: return -atLeastOne
            case .less: return -atLeastZero
            case .equal: return circuit.and([atLeastZero, -atLeastOne])
            case .notEqual: return -circuit.and([atLeastZero, -atLeastOne])
            }
        }
    }
}
