/// Writes a GENIUS domain and its profiles as a Parley scenario, in the
/// canonical layout (`parley fmt`-clean), checked before it is returned.
///
/// - Each GENIUS issue is an issue with named values, labelled with its
///   GENIUS name; values become identifiers, listed with their GENIUS
///   names in a comment when they differ.
/// - Each profile is a party, named and labelled after its file. Its
///   utility on an issue is a ladder of preferences: the first holds for
///   the issue's best values (`issue == value`), each next one for the
///   values at least as good as the next weight down (`issue in {...}`),
///   weighing the step between the two; so every value gets exactly its
///   own weight (``GeniusScaling`` gives them, on one scale for all
///   parties), zero-weight values none, and a party's total weight is its
///   best possible utility: GENIUS's `sum_i w_i` on the same scale.
/// - A reservation value above 0 is the demand `utility(p) >= T` when the
///   weights are exact; when they are rounded it cannot be said exactly,
///   and a comment says so. A reservation value of 0 needs no demand.
/// - A header comment states the scale, whether it is exact (else the
///   rounding bound per party), and the discount factors, which Parley
///   ignores (it has no time).
public enum GeniusScenarioWriter {
    /// The scenario text.
    /// - Throws: ``ImportError`` when the numbers cannot be scaled.
    public static func scenario(domain: GeniusDomain, profiles: [GeniusProfile]) throws(ImportError) -> String {
        let scaling = try GeniusScaling(domain: domain, profiles: profiles)
        var names = ScenarioNames()
        let issueNames = domain.issues.map { names.identifier(for: $0.name, prefix: "issue") }
        let partyNames = profiles.map { names.identifier(for: stem($0.file.name), prefix: "party") }
        let valueNames = domain.issues.map { issue in
            var values = ScenarioNames()
            return issue.values.map { values.identifier(for: $0, prefix: "v") }
        }
        var lines: [String] = []
        lines.append("# Imported by 'parley import genius' from the GENIUS domain \(base(domain.file.name))")
        lines.append("# and the profiles " + zip(profiles, partyNames).map { "\(base($0.file.name)) (party \($1))" }.joined(separator: ", ") + ".")
        lines.append("# GENIUS utility: u_p = sum over issues of w_i * e_i(v) / max_v e_i(v), weights as written.")
        let unit = scaling.unit
        if scaling.exact {
            lines.append("# Exact on one scale for every party: u_p = utility(p) * \(unit.numerator) / \(unit.denominator),")
            lines.append("# so max total is GENIUS's social welfare, and Nash GENIUS's Nash point.")
        } else {
            lines.append("# Rounded: exact weights would pass the weight limit (\(GeniusScaling.weightLimit)), so each weight is")
            lines.append("# \(unit.denominator) * w_i * e_i(v) / max_v e_i(v) rounded to the nearest integer, one scale for every")
            lines.append("# party: |utility(p) - \(unit.denominator) * u_p| is at most, over all agreements,")
            for (name, bound) in zip(partyNames, scaling.roundingBound) {
                lines.append("#   \(name): \(decimal(bound)) (half a unit per issue at most)")
            }
        }
        for (name, profile) in zip(partyNames, profiles) {
            if let discount = profile.discount, discount != Fraction(1) {
                lines.append("# \(name): discount factor \(decimal(discount)) ignored (Parley has no time).")
            }
        }
        lines.append("")
        lines.append("scenario \(quoted(stem(domain.file.name)))")
        lines.append("")
        for (i, issue) in domain.issues.enumerated() {
            if zip(issue.values, valueNames[i]).contains(where: { $0 != $1 }) {
                lines.append("# \(issue.name): " + zip(valueNames[i], issue.values).map { "\($0) = \(quoted($1))" }.joined(separator: ", "))
            }
            lines.append("issue \(issueNames[i]) \(quoted(issue.name)): " + valueNames[i].joined(separator: " | "))
        }
        for (p, profile) in profiles.enumerated() {
            lines.append("")
            lines.append("party \(partyNames[p]) \(quoted(stem(profile.file.name))) {")
            var items = ScenarioNames(reserving: ["reservation"])
            if profile.reservation > .zero {
                let text = decimal(profile.reservation)
                if let threshold = scaling.reservationThreshold(profile.reservation) {
                    lines.append("  demand reservation: utility(\(partyNames[p])) >= \(threshold) source \(quoted("reservation value \(text)"))")
                } else {
                    lines.append("  # reservation value \(text) not expressed: with rounded weights no utility(\(partyNames[p])) threshold is exact")
                }
            }
            for (i, _) in domain.issues.enumerated() {
                // Tiers: the j-th preference holds for the values worth at
                // least the j-th largest weight and weighs the step down to
                // the next, so each value's utility is its own weight and
                // the weights of the issue add up to its best value's.
                let row = scaling.weights[p][i]
                let levels = Array(Set(row.filter { $0 > 0 })).sorted(by: >)
                for (j, level) in levels.enumerated() {
                    let values = row.indices.filter { row[$0] >= level }
                    let newest = row.indices.first { row[$0] == level } ?? values[0]
                    let step = level - (j + 1 < levels.count ? levels[j + 1] : 0)
                    let name = items.identifier(
                        for: j == 0 ? "\(issueNames[i])_\(valueNames[i][newest])" : "\(issueNames[i])_\(valueNames[i][newest])_or_better", prefix: "p")
                    let condition = values.count == 1
                        ? "\(issueNames[i]) == \(valueNames[i][values[0]])"
                        : "\(issueNames[i]) in {\(values.map { valueNames[i][$0] }.joined(separator: ", "))}"
                    lines.append("  prefer \(name)\(step == 1 ? "" : " weight \(step)"): \(condition)")
                }
            }
            lines.append("}")
        }
        let written = lines.joined(separator: "\n") + "\n"
        let file = SourceFile(name: "<import>", text: written)
        let (syntax, syntaxDiagnostics) = Parser.parse(file)
        let (_, diagnostics) = ScenarioChecker.check(syntax, in: file)
        let errors = (syntaxDiagnostics + diagnostics).filter { $0.severity == .error }
        precondition(errors.isEmpty, "the imported scenario does not check: \(errors)")
        return Formatter.format(syntax, in: file)
    }

    /// The file's name without its folder.
    static func base(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file's name without its folder and extension.
    static func stem(_ path: String) -> String {
        let base = base(path)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    /// A string literal of the language (labels may hold quotes).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A non-negative fraction as a decimal, exact when it terminates within
    /// 12 places, else rounded up at the twelfth (bounds stay bounds).
    static func decimal(_ value: Fraction) -> String {
        let whole = value.numerator / value.denominator
        var rest = value.numerator % value.denominator
        guard rest != 0 else { return "\(whole)" }
        var digits = ""
        for _ in 0..<12 where rest != 0 {
            rest *= 10
            digits += "\(rest / value.denominator)"
            rest %= value.denominator
        }
        if rest != 0 {
            // Round the last digit up, carrying.
            var scalars = Array(digits.utf8)
            var index = scalars.count - 1
            var carry = true
            while carry && index >= 0 {
                if scalars[index] == UInt8(ascii: "9") {
                    scalars[index] = UInt8(ascii: "0")
                    index -= 1
                } else {
                    scalars[index] += 1
                    carry = false
                }
            }
            digits = String(decoding: scalars, as: UTF8.self)
            if carry { return "\(whole + 1).\(digits)" }
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits.isEmpty ? "\(whole)" : "\(whole).\(digits)"
    }
}
