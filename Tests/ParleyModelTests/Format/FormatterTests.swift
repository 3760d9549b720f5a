import Foundation
import Testing
@testable import ParleyModel

@Suite struct FormatterTests {
    func format(_ text: String) -> String {
        let file = SourceFile(name: "t", text: text)
        let (syntax, _) = Parser.parse(file)
        return Formatter.format(syntax, in: file)
    }

    @Test func workedExampleLayout() {
        #expect(format(toyText) == toyText.replacingOccurrences(of: "south}       source", with: "south} source"))
    }

    @Test func commentsStayInPlace() {
        let text = """
        # header

        issue b: bool # trailing
        party p { # opens
          # before d
          demand d cost 1: b   or
             not b # inside
          # at the end
        }
        # last

        """
        #expect(format(text) == """
        # header

        issue b: bool # trailing

        party p { # opens
          # before d
          demand d: b or not b # inside
          # at the end
        }
        # last

        """)
    }

    @Test func formattingIsIdempotent() {
        let once = format(toyText)
        #expect(format(once) == once)
    }

    @Test func randomScenariosSurviveRoundTrips() throws {
        for seed in UInt64(1)...1_000 {
            var generator = RandomScenario(seed: seed)
            let text = generator.make()
            let original = try load(text)
            let formatted = format(text)
            let reparsed = try load(formatted)
            #expect(meaning(original) == meaning(reparsed), "seed \(seed)\n\(text)")
            #expect(format(formatted) == formatted, "seed \(seed)")
        }
    }

    @Test func laddersAreLaidOutOneStepALineUnderTheirDemand() throws {
        let text = """
        issue army: 0..1000
        party russia { demand cap cost 5: army <= 600 source "s" fallback cost 2: army <= 700   fallback cost 3..4: army <= 800 # last step
          demand other cost 1..2: army >= 10 }
        whatif w { concede russia.cap@2
          demand russia.cap2 cost 3: army <= 500 fallback cost 3: army <= 650 }

        """
        let formatted = format(text)
        #expect(formatted == """
        issue army: 0..1000

        party russia {
          demand cap cost 5: army <= 600 source "s"
            fallback cost 2: army <= 700
            fallback cost 3..4: army <= 800 # last step
          demand other cost 1..2: army >= 10
        }

        whatif w {
          concede russia.cap@2
          demand russia.cap2 cost 3: army <= 500
            fallback cost 3: army <= 650
        }

        """)
        #expect(format(formatted) == formatted)
        #expect(meaning(try load(formatted)) == meaning(try load(text)))
    }
}
