import Testing
@testable import parley

@Suite struct ArgumentReaderTests {
    let spec = CommandSpec(
        name: "demo", summary: "", usage: "demo FILE", options: [
            .init(name: "format", value: "FORMAT", help: ""),
            .init(name: "write", value: nil, help: ""),
        ], positionals: 1...1, details: "")

    @Test func valuesFlagsAndPositionals() throws {
        let parsed = try ArgumentReader.read(["--format", "json", "f.parley", "--write"], for: spec)
        #expect(parsed.value("format") == "json")
        #expect(parsed.has("write"))
        #expect(parsed.positionals == ["f.parley"])
    }

    @Test func inlineValuesAndDashDash() throws {
        let parsed = try ArgumentReader.read(["--format=text", "--", "--write"], for: spec)
        #expect(parsed.value("format") == "text")
        #expect(parsed.positionals == ["--write"])
    }

    @Test func dashIsStandardInput() throws {
        #expect(try ArgumentReader.read(["-"], for: spec).positionals == ["-"])
    }

    @Test func unknownOptionSuggestsTheClosest() {
        #expect(throws: CommandFailure.self) { try ArgumentReader.read(["--fromat", "x", "f"], for: spec) }
        do {
            _ = try ArgumentReader.read(["--fromat", "x", "f"], for: spec)
        } catch let failure as CommandFailure {
            #expect(failure.code == .usage)
            #expect(failure.message.contains("did you mean '--format'?"))
        } catch {}
    }

    @Test func missingValueAndWrongCountAreUsageErrors() {
        for arguments in [["f", "--format"], [], ["a", "b"], ["--write=yes", "f"]] {
            do {
                _ = try ArgumentReader.read(arguments, for: spec)
                Issue.record("\(arguments) was accepted")
            } catch let failure as CommandFailure {
                #expect(failure.code == .usage, "\(arguments)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func unknownCommandSuggestsTheClosest() {
        #expect(ParleyCommandLine.unknownCommand("chek").message.contains("did you mean 'check'?"))
    }
}
