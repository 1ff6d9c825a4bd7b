// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "quarterly",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quarterly", targets: ["quarterly"]),
    .library(name: "QuarterlyKit", targets: ["QuarterlyKit"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "QuarterlyKit"),
    .executableTarget(name: "quarterly", dependencies: ["QuarterlyKit"]),
    .executableTarget(name: "quarterly-bench", dependencies: ["QuarterlyKit"]),
    .testTarget(
      name: "QuarterlyKitTests",
      dependencies: ["QuarterlyKit"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
