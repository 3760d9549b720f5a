/// Small random GENIUS domains and profiles, written as GENIUS XML, with the
/// numbers they hold kept as exact decimals (`units / 10^places`) so that an
/// oracle can compute every utility with fractions of its own.
public struct GeniusCase {
    /// A decimal number `units / 10^places`, as written in the XML.
    public struct Decimal: Sendable {
        /// The digits as an integer.
        public var units: Int64
        /// How many of them follow the decimal point.
        public var places: Int

        /// `units / 10^places`.
        public init(units: Int64, places: Int) {
            self.units = units
            self.places = places
        }

        /// The text GENIUS files use, e.g. `0.25` or `7`.
        public var text: String {
            guard places > 0 else { return "\(units)" }
            var digits = String(units)
            while digits.count <= places { digits = "0" + digits }
            return "\(digits.dropLast(places)).\(digits.suffix(places))"
        }
    }

    /// One profile's numbers, in the domain's orders.
    public struct Profile: Sendable {
        /// Each issue's weight.
        public var weights: [Decimal]
        /// Each issue's evaluation of each value.
        public var evaluations: [[Decimal]]
        /// The reservation value.
        public var reservation: Decimal
    }

    /// The issues' names as written, and their values'.
    public var issues: [(name: String, values: [String])]
    /// The profiles.
    public var profiles: [Profile]
    /// The domain file's text.
    public var domainXML: String
    /// Each profile file's text.
    public var profileXML: [String]

    /// A random case: 1 to `maxIssues` issues of 2 to 4 values, 2 or 3
    /// profiles; weights of one to three decimal places, evaluations
    /// integers or tenths (some zero), and, when `reservations`, now and
    /// then a reservation value above 0. The numbers keep the exact common
    /// scale within Parley's weight limit.
    public init(seed: UInt64, maxIssues: Int = 4, reservations: Bool = true) {
        var rng = SeededGenerator(seed: seed)
        let names = ["Price", "Full size", "0000-0300", "Delivery date", "a b", "a-b", "party", "issue"]
        let valueNames = ["Canon", "1 million $", "fairly good", "none", "a b", "a-b", "true", "in", "Ä"]
        let issueCount = Int.random(in: 1...maxIssues, using: &rng)
        var issues: [(name: String, values: [String])] = []
        for i in 0..<issueCount {
            let count = Int.random(in: 2...4, using: &rng)
            let values = Array(valueNames.shuffled(using: &rng).prefix(count))
            issues.append((Bool.random(using: &rng) ? names[i] : names.randomElement(using: &rng)! + " \(i)", values))
        }
        self.issues = issues
        var profiles: [Profile] = []
        for _ in 0..<Int.random(in: 2...3, using: &rng) {
            let places = Int.random(in: 1...3, using: &rng)
            let weights = issues.map { _ in Decimal(units: Int64.random(in: 1...Int64(GeniusCase.pow10(places)), using: &rng), places: places) }
            // Each issue's largest evaluation from a few round numbers (so
            // that the exact common scale stays within the weight limit),
            // the others below it, some zero; now and then all zero.
            let evaluations = issues.map { issue in
                let tenths = Bool.random(using: &rng)
                let top = [0, 1, 2, 4, 5, 10, 20].randomElement(using: &rng)!
                let largest = Decimal(units: Int64(top) * (tenths ? 10 : 1), places: tenths ? 1 : 0)
                var row = issue.values.map { _ in Decimal(units: Int64.random(in: 0...largest.units, using: &rng), places: largest.places) }
                row[Int.random(in: 0..<row.count, using: &rng)] = largest
                return row
            }
            let reservation = reservations && Int.random(in: 0..<3, using: &rng) == 0
                ? Decimal(units: Int64.random(in: 1...60, using: &rng), places: 2) : Decimal(units: 0, places: 0)
            profiles.append(Profile(weights: weights, evaluations: evaluations, reservation: reservation))
        }
        self.profiles = profiles
        domainXML = GeniusCase.domainText(issues)
        profileXML = profiles.map { GeniusCase.profileText($0, issues: issues, rng: &rng) }
    }

    private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { value, _ in value * 10 } }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    static func domainText(_ issues: [(name: String, values: [String])]) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<negotiation_template>",
                     "<utility_space number_of_issues=\"\(issues.count)\">",
                     "<objective index=\"0\" etype=\"objective\" type=\"objective\" description=\"\" name=\"root\">"]
        for (i, issue) in issues.enumerated() {
            lines.append("  <issue etype=\"discrete\" index=\"\(i + 1)\" name=\"\(escaped(issue.name))\" type=\"discrete\" vtype=\"discrete\">")
            for (v, value) in issue.values.enumerated() {
                lines.append("    <item index=\"\(v + 1)\" value=\"\(escaped(value))\" cost=\"0\" description=\"\(escaped(value))\">\n    </item>")
            }
            lines.append("  </issue>")
        }
        lines += ["</objective>", "</utility_space>", "</negotiation_template>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A profile, issues in a shuffled order, weights before or after them,
    /// some items self-closing, comments, and an ignored similarity function.
    public static func profileText(_ profile: Profile, issues: [(name: String, values: [String])], rng: inout SeededGenerator) -> String {
        var lines = ["<utility_space>"]
        if profile.reservation.units > 0 || Bool.random(using: &rng) {
            lines.append("  <reservation value=\"\(profile.reservation.text)\" />")
        }
        lines.append("  <!-- a profile of \(issues.count) issues -->")
        lines.append("  <objective index=\"0\" description=\"\" name=\"root\" type=\"objective\" etype=\"objective\">")
        let weights = issues.indices.map { "    <weight index=\"\($0 + 1)\" value=\"\(profile.weights[$0].text)\">\n    </weight>" }
        let weightsFirst = Bool.random(using: &rng)
        if weightsFirst { lines += weights }
        for i in issues.indices.shuffled(using: &rng) {
            lines.append("    <issue index=\"\(i + 1)\" name=\"\(escaped(issues[i].name))\" vtype=\"discrete\" type=\"discrete\" etype=\"discrete\">")
            for (v, value) in issues[i].values.enumerated() {
                let evaluation = profile.evaluations[i][v].text
                lines.append(Bool.random(using: &rng)
                    ? "      <item index=\"\(v + 1)\" value=\"\(escaped(value))\" cost=\"0.0\" evaluation=\"\(evaluation)\"/>"
                    : "      <item index=\"\(v + 1)\" value=\"\(escaped(value))\" cost=\"0.0\" evaluation=\"\(evaluation)\">\n      </item>")
            }
            if Bool.random(using: &rng) {
                lines.append("      <similarity_function weight=\"0.5\"><criteria_function weight=\"1\"><item index=\"1\" value=\"ignored\" evaluation=\"7\"/></criteria_function></similarity_function>")
            }
            lines.append("    </issue>")
        }
        if !weightsFirst { lines += weights }
        lines += ["  </objective>", "  <discount_factor value=\"0.9\" />", "</utility_space>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
