// swift-tools-version:6.0
//
// Parley: a negotiation-position analyser. The package has no dependencies
// beyond the Swift toolchain. Modules depend one way only:
//
//   parley -> ParleyModel          (front end: scenario language and model)
//   parley-sat -> ParleySAT        (the CDCL solver core; knows no scenarios)
//
// The analysis layer (ParleyAnalysis) will sit on top of both.

import PackageDescription

let package = Package(
    name: "Parley",
    products: [
        .library(name: "Parley", targets: ["ParleyModel", "ParleySAT"]),
        .executable(name: "parley", targets: ["parley"]),
        .executable(name: "parley-sat", targets: ["parley-sat"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ParleySAT"),
        .target(name: "ParleyModel"),
        .executableTarget(name: "parley", dependencies: ["ParleyModel"]),
        .executableTarget(name: "parley-sat", dependencies: ["ParleySAT"]),
        .executableTarget(
            name: "parley-bench",
            dependencies: ["ParleyModel", "ParleySAT"],
            path: "Benchmarks/parley-bench"
        ),
        .testTarget(
            name: "ParleySATTests",
            dependencies: ["ParleySAT"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "parleyTests", dependencies: ["parley"]),
    ]
)
