import Foundation

/// Files copied into the test bundle from `Tests/QuarterlyKitTests/Fixtures`.
enum Fixture {
  /// The URL of a fixture, by its path under `Fixtures/` (for example `mustache/sections.json`).
  static func url(_ path: String) -> URL {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      fatalError("the test bundle has no Fixtures folder")
    }
    return root.appendingPathComponent(path)
  }

  /// The bytes of a fixture.
  static func data(_ path: String) throws -> Data {
    try Data(contentsOf: url(path))
  }

  /// The text of a UTF-8 fixture.
  static func text(_ path: String) throws -> String {
    String(decoding: try data(path), as: UTF8.self)
  }
}
