import Foundation
import ParleyAnalysis
import ParleyModel

/// Writes the positions of a scenario as DIMACS CNF, for the pysat
/// reference in Scripts/pysat-reference.py: one file per set of positions
/// (`NAME.baseline.cnf`, then `NAME.whatif.W.cnf` for each what-if W), each
/// with the analysis's own clauses (``PositionsCNF``, recorded from
/// ScenarioEncoding) and a selector per demand.
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

    /// The CNF text of one set of positions: the analysis's own clauses
    /// (``PositionsCNF``), described in the header.
    static func export(issues: [Issue], parties: [Party]) -> String {
        let cnf = PositionsCNF(issues: issues, parties: parties)
        var header = "c parley-cnf 1\n"
        for (issue, literals) in zip(issues, cnf.issues) {
            switch literals {
            case .values(let literals):
                guard case .values(let names) = issue.domain else { preconditionFailure("not an enum issue") }
                header += "c issue \(issue.name) enum \(zip(names, literals).map { "\($0)=\($1)" }.joined(separator: " "))\n"
            case .flag(let literal):
                header += "c issue \(issue.name) bool \(literal)\n"
            case .integer(let bits, let low, let high):
                header += "c issue \(issue.name) int \(low) \(high)\(bits.map { " \($0)" }.joined())\n"
            }
        }
        for party in parties.indices {
            header += "c party \(parties[party].name)\n"
            for demand in cnf.demands where demand.party == party {
                header += "c demand \(party) \(demand.id.qualifiedName) \(demand.cost) \(demand.selector) \(demand.literal)\n"
            }
        }
        let clauseCount = cnf.blocks.reduce(0) { $0 + $1.clauses.count }
        var out = header + "p cnf \(cnf.variableCount) \(clauseCount)\n"
        for block in cnf.blocks {
            out += "c block \(block.label)\n"
            for clause in block.clauses {
                out += clause.map(String.init).joined(separator: " ") + " 0\n"
            }
        }
        return out
    }
}
