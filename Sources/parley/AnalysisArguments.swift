import Foundation
import ParleyAnalysis
import ParleyModel

/// The options shared by the analysing commands (`report`, `whatif`,
/// `explain`), decoded once from the command line. The names they give
/// (`--whatif`, `--concede`) are checked against the scenario by
/// ``resolve(against:)`` once it is loaded.
struct AnalysisArguments {
    static let options: [CommandSpec.Option] = [
        .init(name: "limit", value: "N", help: "Most items one enumeration may produce (default 10000)"),
        .init(name: "count-limit", value: "N", help: "Most boxes the agreement counter may split per part (default 1000000)"),
        .init(name: "timeout", value: "SECONDS", help: "Wall-clock bound for the whole run; what is found by then is reported, marked incomplete"),
        .init(name: "concessions", value: "N", help: "How many global concession sets to list (default 100)"),
        .init(name: "whatif", value: "NAME", help: "Analyse only this what-if (repeatable); default: all"),
        .init(name: "concede", value: "PARTY.DEMAND", help: "Concede a demand in an extra what-if named cli (repeatable)"),
        .init(name: "extends", value: "NAME", help: "Start the cli what-if of --concede from what-if NAME's positions"),
        .init(name: "strict", value: nil, help: "Exit 75 when the result is incomplete"),
    ]

    /// Limits and the deadline.
    var options = AnalysisOptions()
    /// `--whatif` names (nil: every what-if).
    var whatIfNames: [String]?
    /// `--concede` names.
    var conceded: [String] = []
    /// `--extends`: the what-if the `cli` one starts from.
    var base: String?
    /// `--strict`.
    var strict = false

    /// What the names resolve to in a scenario.
    struct Resolved {
        /// The what-ifs to analyse (nil: all).
        var whatIfs: [String]?
        /// The `cli` what-if of `--concede`, if any was given.
        var extra: WhatIf?
    }

    init(_ arguments: ParsedArguments) throws {
        func number(_ name: String, minimum: Int) throws -> Int? {
            guard let text = arguments.value(name) else { return nil }
            guard let value = Int(text), value >= minimum else {
                throw CommandFailure(code: .usage, message: "--\(name) needs a whole number of at least \(minimum), not '\(text)'", showUsage: true)
            }
            return value
        }
        if let limit = try number("limit", minimum: 1) { options.limit = limit }
        if let countLimit = try number("count-limit", minimum: 1) { options.countLimit = countLimit }
        if let shown = try number("concessions", minimum: 0) { options.concessionsShown = shown }
        if let text = arguments.value("timeout") {
            guard let seconds = Double(text), seconds >= 0, seconds < 1e9 else {
                throw CommandFailure(code: .usage, message: "--timeout needs a number of seconds, not '\(text)'", showUsage: true)
            }
            options.deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        }
        if arguments.has("whatif") { whatIfNames = arguments.values("whatif") }
        conceded = arguments.values("concede")
        base = arguments.value("extends")
        if base != nil && conceded.isEmpty {
            throw CommandFailure(code: .usage, message: "--extends names the what-if --concede starts from; give --concede too", showUsage: true)
        }
        strict = arguments.has("strict")
    }

    /// Checks the what-if and demand names against the scenario.
    /// - Throws: a usage failure (64) with a suggestion for an unknown name.
    func resolve(against scenario: Scenario) throws -> Resolved {
        for name in whatIfNames ?? [] where !scenario.whatIfs.contains(where: { $0.name == name }) {
            throw CommandFailure(code: .usage, message: "unknown what-if '\(name)'\(didYouMean(name, among: scenario.whatIfs.map(\.name)))")
        }
        if let base, !scenario.whatIfs.contains(where: { $0.name == base }) {
            throw CommandFailure(code: .usage, message: "unknown what-if '\(base)' for --extends\(didYouMean(base, among: scenario.whatIfs.map(\.name)))")
        }
        guard !conceded.isEmpty else { return Resolved(whatIfs: whatIfNames, extra: nil) }
        do {
            return Resolved(whatIfs: whatIfNames, extra: try WhatIf.commandLine(conceding: conceded, extending: base, in: scenario))
        } catch let error as UnknownDemandReference {
            if let problem = error.problem { throw CommandFailure(code: .usage, message: "--concede \(error.reference): \(problem)") }
            let suggestion = error.suggestion.map { "; did you mean '\($0.qualifiedName)'?" } ?? ""
            throw CommandFailure(code: .usage, message: "unknown demand '\(error.reference)' for --concede\(suggestion)")
        }
    }
}
