// swift-tools-version:6.0
//
// Parley: a negotiation-position analyser. The package has no dependencies
// beyond the Swift toolchain. Modules depend one way only:
//
//   parley -> ParleyReport -> ParleyAnalysis -> { ParleyModel, ParleySAT }
//   parley-sat -> ParleySAT
//
// ParleyModel is the scenario language and its typed model; ParleySAT the
// CDCL solver, which knows nothing of negotiations; ParleyAnalysis encodes
// scenarios into clauses and answers the questions; ParleyReport renders
// analysis results and computes nothing.

import PackageDescription

let package = Package(
    name: "Parley",
    products: [
        .library(name: "Parley", targets: ["ParleyModel", "ParleySAT", "ParleyAnalysis", "ParleyReport"]),
        .executable(name: "parley", targets: ["parley"]),
        .executable(name: "parley-sat", targets: ["parley-sat"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ParleySAT"),
        .target(name: "ParleyModel"),
        .target(name: "ParleyAnalysis", dependencies: ["ParleyModel", "ParleySAT"]),
        .target(name: "ParleyReport", dependencies: ["ParleyAnalysis", "ParleyModel"]),
        .executableTarget(name: "parley", dependencies: ["ParleyModel", "ParleySAT", "ParleyAnalysis", "ParleyReport"]),
        .executableTarget(name: "parley-sat", dependencies: ["ParleySAT"]),
        .executableTarget(
            name: "parley-bench",
            dependencies: ["ParleyModel", "ParleySAT", "ParleyAnalysis", "ParleyReport"],
            path: "Benchmarks/parley-bench"
        ),
        // What every test target shares: the seeded random generator of the
        // generated cases, demands written as "party.name", repository files.
        .target(name: "ParleyTestSupport", dependencies: ["ParleyModel"], path: "Tests/ParleyTestSupport"),
        .testTarget(
            name: "ParleySATTests",
            dependencies: ["ParleySAT", "ParleyTestSupport"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyAnalysisTests",
            dependencies: ["ParleyAnalysis", "ParleyModel", "ParleySAT", "ParleyTestSupport"]
        ),
        .testTarget(
            name: "ParleyReportTests",
            dependencies: ["ParleyReport", "ParleyAnalysis", "ParleyModel", "ParleyTestSupport"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "parleyTests", dependencies: ["parley"]),
    ]
)
