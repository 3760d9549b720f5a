import ParleyAnalysis
import ParleyModel

/// How values, agreements, counts and demands are written in the readable
/// reports.
enum Phrasing {
    /// A set of values of an issue: `middle, south`, `true`, `0..39, 51..100`,
    /// or `none`.
    static func values(_ overlap: IssueOverlap, of issue: Issue) -> String {
        let parts: [String]
        switch overlap {
        case .values(let indexes): parts = indexes.map { issue.domain.valueText(Int64($0)) }
        case .flags(let flags): parts = flags.map { $0 ? "true" : "false" }
        case .intervals(let intervals): parts = intervals.map(interval)
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// `5` or `0..39`.
    static func interval(_ range: ClosedRange<Int64>) -> String {
        range.lowerBound == range.upperBound ? String(range.lowerBound) : "\(range.lowerBound)..\(range.upperBound)"
    }

    /// `border = middle, neutral = false, troops = 50`.
    static func agreement(_ values: [Int64], issues: [Issue]) -> String {
        zip(issues, values).map { "\($0.name) = \($0.domain.valueText($1))" }.joined(separator: ", ")
    }

    /// A count with every digit, or `at least N` when the counting was cut.
    static func count(_ count: AgreementCount) -> String {
        count.exact ? count.count.description : "at least \(count.count)"
    }

    /// `1 conflict`, `3 conflicts`.
    static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func series(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A party as readers know it: its label, else its name.
    static func party(_ party: Party) -> String {
        party.label ?? party.name
    }

    /// Who gives up what in a concession: `Westland drops no_pledge`.
    static func concession(_ concession: Concession, parties: [Party]) -> String {
        byParty(concession.demands, parties: parties).map { party, names in
            "\(Phrasing.party(party)) drops \(series(names))"
        }.joined(separator: "; ")
    }

    /// Demands grouped by party in declaration order, with their names
    /// within the party.
    static func byParty(_ demands: [DemandID], parties: [Party]) -> [(Party, [String])] {
        parties.compactMap { party in
            let own = demands.filter { $0.party == party.name }.map(\.name)
            return own.isEmpty ? nil : (party, own)
        }
    }

    /// Qualified names in a row: `east.pledge, west.no_pledge`.
    static func names(_ demands: [DemandID], separator: String = ", ") -> String {
        demands.map(\.qualifiedName).joined(separator: separator)
    }

    /// Each party's share of a concession's cost: `Westland 1, Eastland 3`.
    static func shares(_ concession: Concession, parties: [Party]) -> String {
        concession.shares(among: parties).map { "\(party(parties[$0.party])) \($0.cost)" }.joined(separator: ", ")
    }

    /// The one-sentence verdict.
    static func verdict(_ analysis: Analysis, parties: [Party], issues: [Issue]) -> (String, favourable: Bool) {
        switch analysis.feasible {
        case true?:
            let count = analysis.agreements
            let number = count.exact && count.count == .one
                ? "exactly one agreement meets every demand"
                : "\(Phrasing.count(count)) agreements meet every demand"
            let example = count.example.map { ", for example \(agreement($0, issues: issues))" } ?? ""
            return ("An agreement satisfies every party: \(number)\(example).", true)
        case false?:
            var sentence = "No agreement satisfies every party: "
            let conflicts = analysis.conflicts.count
            let cut = analysis.wasCut(.conflicts)
            sentence += cut ? "at least \(plural(conflicts, "conflict"))" : plural(conflicts, "conflict")
            if let cheapest = analysis.concessions.first {
                sentence += ", cheapest concession costs \(cheapest.cost) (\(concession(cheapest, parties: parties)))"
            } else if cut {
                sentence += "; the concessions were not computed because the conflicts were cut by a limit"
            }
            return (sentence + ".", false)
        case nil:
            return ("Whether any agreement satisfies every party is unknown: the analysis was cut before it could tell.", false)
        }
    }

    /// Why a part of the analysis is incomplete, in words.
    static func incompleteness(_ entries: [Incompleteness]) -> String? {
        guard !entries.isEmpty else { return nil }
        let reasons = entries.map { entry -> String in
            let why = switch entry.reason {
            case .limit: "an enumeration limit (--limit or --count-limit)"
            case .timeout: "the time limit (--timeout)"
            case .interrupted: "an interruption (Ctrl-C)"
            }
            return "\(entry.part.rawValue) (cut by \(why))"
        }
        return "Incomplete: \(series(reasons)). What is listed is verified, but it is not all there is."
    }
}
