// libFuzzer target: any bytes through the scenario front end. Valid input
// must also survive a fmt round trip: the formatted text parses cleanly and
// formats to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontEnd(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(name: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (syntax, syntaxDiagnostics) = Parser.parse(file)
    let (scenario, semanticDiagnostics) = ScenarioChecker.check(syntax, in: file)
    let diagnostics = syntaxDiagnostics + semanticDiagnostics
    for diagnostic in diagnostics { _ = DiagnosticRenderer().render(diagnostic, in: file) }
    if scenario != nil && diagnostics.isEmpty {
        let formatted = Formatter.format(syntax, in: file)
        let again = SourceFile(name: "fuzz", text: formatted)
        let (syntax2, d2) = Parser.parse(again)
        let (_, d3) = ScenarioChecker.check(syntax2, in: again)
        if !d2.isEmpty || !d3.isEmpty || Formatter.format(syntax2, in: again) != formatted {
            fatalError("fmt round trip failed")
        }
    }
    return 0
}
