import ParleyTestSupport

/// Generates random valid scenarios from a seed, using every construct of
/// the language, with random layout and comments, for round-trip tests.
struct RandomScenario {
    var rng: SeededGenerator
    var enums: [(String, [String])] = []
    var bools: [String] = []
    var ints: [(String, Int, Int)] = []

    init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    mutating func space() -> String {
        pick([" ", " ", "  ", "\t", "\n  ", " # note\n "])
    }

    mutating func text() -> String {
        var words = ["a", "quote \\\"x\\\"", "tab\\there", "Кyiv ✓", "line\\nbreak", "back\\\\slash", "“curly”"]
        words.shuffle(using: &rng)
        return "\"" + words.prefix(Int.random(in: 1...3, using: &rng)).joined(separator: " ") + "\""
    }

    mutating func linear(_ depth: Int) -> String {
        if depth <= 0 || chance(0.4) {
            if !ints.isEmpty && chance(0.7) { return pick(ints).0 }
            return String(Int.random(in: 0...9, using: &rng))
        }
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return "\(linear(depth - 1)) + \(linear(depth - 1))"
        case 1: return "\(linear(depth - 1)) - \(linear(depth - 1))"
        case 2: return "\(String(Int.random(in: 0...5, using: &rng))) *\(space())\(linear(depth - 1))"
        case 3: return "-\(linear(depth - 1))"
        default: return "(\(linear(depth - 1)))"
        }
    }

    mutating func condition(_ depth: Int) -> String {
        if depth <= 0 || chance(0.3) { return atom() }
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: return "\(condition(depth - 1)) and\(space())\(condition(depth - 1))"
        case 1: return "\(condition(depth - 1)) or \(condition(depth - 1))"
        case 2: return "(\(condition(depth - 1)) implies \(condition(depth - 1)))"
        case 3: return "(\(condition(depth - 1)) iff \(condition(depth - 1)))"
        case 4: return "not \(condition(depth - 1))"
        case 5: return "(\(condition(depth - 1)))"
        case 6:
            let n = Int.random(in: 1...3, using: &rng)
            let items = (0..<n).map { _ in condition(depth - 1) }
            return "\(pick(["atleast", "atmost", "exactly"])) \(Int.random(in: 0...n, using: &rng)) of {\(items.joined(separator: ", "))}"
        default: return atom()
        }
    }

    mutating func atom() -> String {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0 where !enums.isEmpty:
            let (name, values) = pick(enums)
            return "\(name) \(pick(["==", "!="])) \(pick(values))"
        case 1 where !enums.isEmpty:
            let (name, values) = pick(enums)
            let subset = values.shuffled(using: &rng).prefix(Int.random(in: 1...values.count, using: &rng))
            return "\(name) \(pick(["in", "not in"])) {\(subset.joined(separator: ", "))}"
        case 2 where !bools.isEmpty:
            let name = pick(bools)
            return chance(0.5) ? name : "\(name) \(pick(["==", "!="])) \(pick(["true", "false"]))"
        case 3, 4:
            return "\(linear(2)) \(pick(["==", "!=", "<", "<=", ">", ">="])) \(linear(2))"
        default:
            return pick(["true", "false"])
        }
    }

    mutating func make() -> String {
        var out = chance(0.5) ? "scenario \(text())\n" : ""
        if chance(0.5) { out += "# a comment on its own line\n\n" }
        for i in 0..<Int.random(in: 1...5, using: &rng) {
            let name = "i\(i)"
            let label = chance(0.5) ? " \(text())" : ""
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                let values = (0..<Int.random(in: 1...4, using: &rng)).map { "v\($0)" }
                enums.append((name, values))
                out += "issue \(name)\(label):\(space())\(values.joined(separator: " | "))\n"
            case 1:
                bools.append(name)
                out += "issue \(name)\(label): bool  # trailing\n"
            default:
                let low = Int.random(in: -20...20, using: &rng)
                let high = low + Int.random(in: 0...30, using: &rng)
                ints.append((name, low, high))
                out += "issue \(name)\(label): \(low)..\(high)\n"
            }
            if chance(0.3) { out += "\n" }
        }
        var partyItems: [(String, [String], [String])] = []
        for p in 0..<Int.random(in: 1...3, using: &rng) {
            var demands: [String] = []
            var preferences: [String] = []
            out += "party p\(p)\(chance(0.5) ? " \(text())" : "") {\(chance(0.3) ? " # opens" : "")\n"
            for k in 0..<Int.random(in: 0...4, using: &rng) {
                if chance(0.2) { out += "  # about the next item\n" }
                if chance(0.7) {
                    demands.append("d\(k)")
                    let withdrawal = Int.random(in: 2...9, using: &rng)
                    let cost = chance(0.4) ? " cost \(withdrawal)" : chance(0.2) ? " cost \(withdrawal)..\(withdrawal + 3)" : ""
                    out += "  demand d\(k)\(cost):\(space())\(condition(3))"
                    if chance(0.3) {
                        // A ladder whose costs never fall nor pass the withdrawal cost.
                        out += chance(0.4) ? " source \(text())" : ""
                        let top = cost.isEmpty ? 1 : withdrawal
                        for step in 0..<Int.random(in: 1...2, using: &rng) {
                            out += "\n   \(space())fallback\(chance(0.5) ? " cost \(min(step + (top > 1 ? 1 : 0), top))" : " cost \(min(top, 1))"): \(condition(2))"
                        }
                    }
                } else {
                    preferences.append("q\(k)")
                    let weight = chance(0.4) ? " weight \(Int.random(in: 1...9, using: &rng))" : ""
                    out += "  prefer q\(k)\(weight): \(condition(3))"
                }
                out += chance(0.4) ? " source \(text())\n" : "\n"
            }
            out += "}\n"
            partyItems.append(("p\(p)", demands, preferences))
        }
        // Each what-if's demands by party, for a what-if extending it to
        // concede only what is there.
        var demandsAfter: [[String: [String]]] = []
        for w in 0..<Int.random(in: 0...3, using: &rng) {
            var available = Dictionary(uniqueKeysWithValues: partyItems.map { ($0.0, $0.1) })
            if w > 0 && chance(0.5) {
                out += "whatif w\(w)\(chance(0.5) ? " \(text())" : "") extends w\(w - 1) {\n"
                available = demandsAfter[w - 1]
            } else {
                out += "whatif w\(w) {\n"
            }
            var touched = Set<String>()
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let (party, _, preferences) = pick(partyItems)
                let demands = available[party] ?? []
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where !demands.isEmpty:
                    let d = pick(demands)
                    if touched.insert("\(party).\(d)").inserted {
                        out += "  concede \(party).\(d)\n"
                        available[party]?.removeAll { $0 == d }
                    }
                case 1:
                    let d = demands.isEmpty || chance(0.5) ? "n\(Int.random(in: 0...9, using: &rng))" : pick(demands)
                    if touched.insert("\(party).\(d)").inserted {
                        out += "  demand \(party).\(d): \(condition(2))\n"
                        if !(available[party]?.contains(d) ?? false) { available[party, default: []].append(d) }
                    }
                default:
                    let q = preferences.isEmpty || chance(0.5) ? "m\(Int.random(in: 0...9, using: &rng))" : pick(preferences)
                    if touched.insert("\(party).\(q)").inserted { out += "  prefer \(party).\(q) weight 2: \(condition(2))\n" }
                }
            }
            out += "}\n"
            demandsAfter.append(available)
        }
        if chance(0.5) { out += "# the end\n" }
        return out
    }
}
