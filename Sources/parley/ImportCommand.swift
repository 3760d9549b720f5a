import ParleyModel

/// `parley import genius DOMAIN.xml PROFILE.xml... [--output FILE]`: a
/// scenario from the files of another tool.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import",
        summary: "Write a scenario from a GENIUS domain and its profiles",
        usage: "import genius DOMAIN.xml PROFILE.xml... [--output FILE]",
        options: [.init(name: "output", value: "FILE", help: "Write the scenario to FILE (atomically) instead of standard output")],
        positionals: 3...Int.max,
        details: """
        genius: a GENIUS (ANAC) domain file and one utility profile per party.
        Each issue becomes an issue with named values, each profile a party
        named after its file, whose preferences reproduce the profile's linear
        additive utility (w_i * e_i(v) / max e_i, weights as written) in
        integers on one scale for every party: exactly where the weight limit
        allows, else rounded as little as it allows, with the bound in a header
        comment. A reservation value above 0 becomes the demand
        'utility(p) >= T' when the weights are exact (a comment says so when
        not). The output passes 'parley check' and is 'parley fmt'-clean.
        docs/genius.md describes the mapping.

        Exit status: 0 written; 65 malformed XML or files that do not fit
        together, reported as FILE:LINE:COL: error: MESSAGE (in <ELEMENT>); 66 a
        file missing or unreadable; 73 the output not written; 64 wrong usage.
        """)

    /// The command's arguments, decoded.
    struct Arguments {
        var domain: String
        var profiles: [String]
        var output: String?

        init(_ parsed: ParsedArguments) throws {
            guard parsed.positionals[0] == "genius" else {
                throw CommandFailure(
                    code: .usage,
                    message: "unknown import format '\(parsed.positionals[0])' (genius)\(didYouMean(parsed.positionals[0], among: ["genius"]))",
                    showUsage: true)
            }
            domain = parsed.positionals[1]
            profiles = Array(parsed.positionals.dropFirst(2))
            output = parsed.value("output")
        }
    }

    static func run(_ parsed: ParsedArguments) throws -> ExitCode {
        let arguments = try Arguments(parsed)
        let domainFile = try ScenarioInput.read(arguments.domain)
        let profileFiles = try arguments.profiles.map { try ScenarioInput.read($0) }
        let text: String
        do {
            let domain = try GeniusReader.domain(domainFile)
            var profiles: [GeniusProfile] = []
            for file in profileFiles { profiles.append(try GeniusReader.profile(file, of: domain)) }
            text = try GeniusScenarioWriter.scenario(domain: domain, profiles: profiles)
        } catch {
            // As a diagnostic of a scenario: FILE:LINE:COL: error: first.
            Terminal.writeError(error.description + "\n")
            return .invalidInput
        }
        if let output = arguments.output {
            try ScenarioInput.writeAtomically(text, to: output)
        } else {
            Terminal.writeOut(text)
        }
        return .success
    }
}
