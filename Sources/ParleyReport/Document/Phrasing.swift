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
    /// An agreement with each issue's range, the rest of the agreement fixed:
    /// `border = middle, troops in 60..100` (a lone value only where the issue
    /// cannot move on its own).
    static func agreement(_ values: [Int64], ranges: [IssueOverlap]?, issues: [Issue]) -> String {
        guard let ranges else { return agreement(values, issues: issues) }
        return zip(issues, zip(values, ranges)).map { issue, pair in
            let (value, range) = pair
            if range.count <= 1 { return "\(issue.name) = \(issue.domain.valueText(value))" }
            if case .intervals = range { return "\(issue.name) in \(Self.values(range, of: issue))" }
            return "\(issue.name) in {\(Self.values(range, of: issue))}"
        }.joined(separator: ", ")
    }

    static func agreement(_ values: [Int64], issues: [Issue]) -> String {
        zip(issues, values).map { "\($0.name) = \($0.domain.valueText($1))" }.joined(separator: ", ")
    }

    /// A count with every digit, or `at least N` when the counting was cut.
    static func count(_ count: AgreementCount) -> String {
        count.exact ? count.count.description : "at least \(count.count)"
    }

    /// A count with its digits grouped by thousands (`5,600`), `at least`
    /// before it when cut.
    static func grouped(_ count: AgreementCount) -> String {
        let digits = Array(count.count.description)
        var text = ""
        for (k, digit) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return count.exact ? text : "at least \(text)"
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
    /// With fallbacks: `Russia settles cap at fallback 2: army <= 800`.
    /// With `brief`, moves read `settles kherson@1 and zaporizhzhia@1`,
    /// without the fallbacks' conditions.
    static func concession(_ concession: Concession, parties: [Party], brief: Bool = false) -> String {
        parties.compactMap { party -> String? in
            let dropped = concession.demands.filter { $0.party == party.name }.map(\.name)
            let moved = concession.moves.filter { $0.demand.party == party.name }
            guard !dropped.isEmpty || !moved.isEmpty else { return nil }
            var actions: [String] = []
            if !dropped.isEmpty { actions.append("drops \(series(dropped))") }
            if brief && !moved.isEmpty {
                actions.append("settles \(series(moved.map { "\($0.demand.name)@\($0.fallback)" }))")
                return "\(Phrasing.party(party)) \(series(actions))"
            }
            for move in moved {
                let step = party.demands.first { $0.name == move.demand.name }.flatMap { demand in
                    demand.fallbacks.indices.contains(move.fallback - 1) ? demand.fallbacks[move.fallback - 1] : nil
                }
                actions.append("settles \(move.demand.name) at fallback \(move.fallback)" + (step.map { ": \($0.expression)" } ?? ""))
            }
            return "\(Phrasing.party(party)) \(series(actions))"
        }.joined(separator: "; ")
    }

    /// What a concession touches, by qualified name: `p.d` withdrawn,
    /// `p.d@K` settled at fallback K.
    static func tags(_ concession: Concession) -> String {
        concession.moves.isEmpty ? names(concession.demands) : concession.tags.joined(separator: ", ")
    }

    /// `Russia's cap (army <= 600) would have to rise from 600 to 800 (by 200)`,
    /// or that no move of it alone resolves the dispute.
    static func shift(_ shift: Shift, parties: [Party]) -> String {
        let party = parties.first { $0.name == shift.demand.party }
        let demand = party?.demands.first { $0.name == shift.demand.name }
        let who = "\(party.map(Phrasing.party) ?? shift.demand.party)'s \(shift.demand.name)" + (demand.map { " (\($0.expression))" } ?? "")
        guard let to = shift.to, let by = shift.by else { return "\(who): no move of its number alone resolves the dispute" }
        return "\(who) would have to \(to > shift.from ? "rise" : "fall") from \(shift.from) to \(to) (by \(by))"
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

    /// `Russia, United States <= 600 · Ukraine >= 800: gap 200`: who sits
    /// on which side of the shortest interval meeting every party.
    static func gap(_ gap: Gap, parties: [Party]) -> String {
        var sides: [String] = []
        if !gap.below.isEmpty { sides.append("\(series(gap.below.map { party(parties[$0]) })) <= \(gap.between.lowerBound)") }
        if !gap.above.isEmpty { sides.append("\(series(gap.above.map { party(parties[$0]) })) >= \(gap.between.upperBound)") }
        return sides.joined(separator: " · ") + ": gap \(gap.size) (\(interval(gap.between)))"
    }

    /// Which parties accept which values of an issue without common
    /// ground, parties accepting the same values grouped:
    /// `Eastland: true · Westland: false`; parties that accept every value,
    /// and inconsistent ones, are left out.
    static func split(_ allowedBy: [IssueOverlap], issue: Issue, parties: [Party], consistent: [Bool?]) -> String {
        let everything = IssueOverlap.all(of: issue.domain)
        var groups: [(set: IssueOverlap, parties: [Int])] = []
        for p in parties.indices where consistent.indices.contains(p) && consistent[p] == true && allowedBy[p] != everything {
            if let index = groups.firstIndex(where: { $0.set == allowedBy[p] }) {
                groups[index].parties.append(p)
            } else {
                groups.append((allowedBy[p], [p]))
            }
        }
        let text = groups.map { "\(series($0.parties.map { party(parties[$0]) })): \(values($0.set, of: issue))" }.joined(separator: " · ")
        let open = parties.indices.filter { consistent.indices.contains($0) && consistent[$0] == true && allowedBy[$0] == everything }
        return open.isEmpty ? text : text + " (\(series(open.map { party(parties[$0]) })) accept\(open.count == 1 ? "s" : "") any)"
    }

    /// Where the positions meet: `Common ground on 7 of 11 issues (nato:
    /// renounced, ...); none on donetsk, luhansk.` Nil when it was cut.
    /// With `brief` (the summary): `Common ground on 7 of 11 issues`, at
    /// most three restricted issues and four issues without any.
    static func commonGround(_ analysis: Analysis, issues: [Issue], brief: Bool = false) -> String? {
        guard let common = analysis.common else { return nil }
        let shared = issues.indices.filter { !common[$0].isEmpty }
        let apart = issues.indices.filter { common[$0].isEmpty }
        var sentence = brief
            ? "Common ground on \(shared.count) of \(plural(issues.count, "issue"))"
            : "Common ground: every party's own demands admit some value of \(shared.count) of \(plural(issues.count, "issue"))"
        let restricted = shared.filter { common[$0] != IssueOverlap.all(of: issues[$0].domain) }
        if !restricted.isEmpty {
            let shown = brief ? Array(restricted.prefix(3)) : restricted
            sentence += " (" + shown.map { "\(issues[$0].name): \(values(common[$0], of: issues[$0]))" }.joined(separator: "; ")
                + (shown.count < restricted.count ? "; ..." : "") + ")"
        }
        if !apart.isEmpty {
            let names = apart.map { issues[$0].name }
            sentence += "; none on " + (brief && names.count > 4 ? names.prefix(4).joined(separator: ", ") + " and \(names.count - 4) more" : series(names))
        }
        return sentence + "."
    }

    /// Each party's share of a concession's cost: `Westland 1, Eastland 3`,
    /// or with ranges `Westland 1..2, Eastland 3`; with `labels`, parties
    /// are named as tables name them (long labels shortened).
    static func shares(_ concession: Concession, parties: [Party], labels: TableLabels? = nil) -> String {
        concession.shares(among: parties).map { share in
            let cost = share.costMax != share.cost ? "\(share.cost)..\(share.costMax)" : String(share.cost)
            return "\(labels?.label(parties[share.party].name) ?? party(parties[share.party])) \(cost)"
        }.joined(separator: ", ")
    }

    /// The one-sentence verdict.
    static func verdict(_ analysis: Analysis, parties: [Party], issues: [Issue]) -> (String, favourable: Bool) {
        switch analysis.feasible {
        case true?:
            let count = analysis.agreements
            let number = count.exact && count.count == .one
                ? "exactly one agreement meets every demand"
                : "\(Phrasing.count(count)) agreements meet every demand"
            let example = count.example.map {
                ", for example \(agreement($0, ranges: count.exampleRanges, issues: issues)) (each range with the rest fixed)"
            } ?? ""
            return ("An agreement satisfies every party: \(number)\(example).", true)
        case false?:
            var sentence = "No agreement satisfies every party: "
            let conflicts = analysis.conflicts.count
            let cut = analysis.wasCut(.conflicts)
            sentence += cut ? "at least \(plural(conflicts, "conflict"))" : plural(conflicts, "conflict")
            if let cheapest = analysis.concessions.first {
                sentence += ", cheapest concession costs \(cost(cheapest, ranges: analysis.hasCostRanges)) (\(concession(cheapest, parties: parties)))"
                if analysis.hasCostRanges { sentence += ", " + robustness(cheapest) }
                let assumed = assumptions(in: cheapest.demands + cheapest.moves.map(\.demand), parties: parties)
                if assumed > 0 { sentence += "; \(assumed == 1 ? "1 of its demands rests" : "\(assumed) of its demands rest") on assumptions" }
            } else if cut {
                sentence += "; the concessions were not computed because the conflicts were cut by a limit"
            }
            return (sentence + ".", false)
        case nil:
            return ("Whether any agreement satisfies every party is unknown: the analysis was cut before it could tell.", false)
        }
    }

    /// `3` or, with ranges, `3..5` (the sums of the low and high ends).
    static func cost(_ concession: Concession, ranges: Bool) -> String {
        ranges && concession.costMax != concession.cost ? "\(concession.cost)..\(concession.costMax)" : String(concession.cost)
    }

    /// How sure the cheapest is, when costs are ranges.
    /// The summary's short form of ``robustness(_:)``.
    static func robustnessBrief(_ concession: Concession) -> String {
        switch (concession.necessarilyCheapest, concession.possiblyCheapest) {
        case (true?, _): "whatever the costs in their ranges"
        case (_, true?): "for some costs in the ranges only"
        case (_, false?): "for no costs in the ranges"
        default: "robustness unknown"
        }
    }

    static func robustness(_ concession: Concession) -> String {
        switch (concession.necessarilyCheapest, concession.possiblyCheapest) {
        case (true?, _): "necessarily the cheapest, whatever the costs within their ranges"
        case (_, true?): "the cheapest only for some costs within the ranges"
        case (_, false?): "not the cheapest for any costs within the ranges"
        default: "how robust is unknown (cut)"
        }
    }

    /// How many of these demands rest on assumptions (sources beginning
    /// `assumption:`).
    static func assumptions(in demands: [DemandID], parties: [Party]) -> Int {
        Set(demands).filter { id in
            parties.first { $0.name == id.party }?.demands.first { $0.name == id.name }?.source?.hasPrefix("assumption:") ?? false
        }.count
    }

    /// "Russia drops donetsk stays cheapest while russia.donetsk costs at
    /// most 3; above that, Ukraine drops keep_donbas is cheapest.": one
    /// sentence for a concession with one tipping point, a line per move
    /// under it for several.
    static func tippingPoints(_ points: [TippingPoint], parties: [Party]) -> ListItem {
        guard let first = points.first else { return ListItem("") }
        let start = "\(concession(first.concession, parties: parties)) stays cheapest"
        if points.count == 1 { return ListItem("\(start) \(tippingClause(first, parties: parties)).") }
        return ListItem("\(start):", details: points.map { tippingClause($0, parties: parties) })
    }

    /// "while russia.donetsk costs at most 3 (now 1); above that, ... is
    /// cheapest", or "whatever ... costs" when nothing can overtake.
    private static func tippingClause(_ point: TippingPoint, parties: [Party]) -> String {
        let move = point.fallback.map { "\(point.demand.qualifiedName)@\($0)" } ?? point.demand.qualifiedName
        guard let limit = point.limit, let next = point.next else {
            return "whatever \(move) costs: every other concession makes that move too"
        }
        return "while \(move) costs at most \(limit) (now \(point.cost)); above that, \(concession(next, parties: parties)) is cheapest"
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
