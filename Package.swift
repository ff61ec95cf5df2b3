// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "plan-extract",
    products: [
        .library(name: "PlanParser", targets: ["PlanParser"]),
        .executable(name: "plan-extract", targets: ["plan-extract"]),
    ],
    targets: [
        .target(name: "PlanParser"),
        .executableTarget(name: "plan-extract", dependencies: ["PlanParser"]),
        .target(name: "HostileInputs"),
        .executableTarget(name: "plan-benchmark", dependencies: ["PlanParser", "HostileInputs"]),
        .testTarget(name: "PlanParserTests", dependencies: ["PlanParser", "plan-extract", "HostileInputs"]),
    ],
    swiftLanguageModes: [.v6]
)
