import Foundation
import Testing

/// The folders of `Sources/QuarterlyKit` form layers: each names only the types of its own layer and the
/// layers below it (`Layering.order`), the way ArchUnit tests keep Java packages in order.
@Suite struct LayerTests {
  /// Every Swift file of QuarterlyKit, by path relative to the module, read from the repository.
  static func moduleSources() throws -> [String: String] {
    let module = Repository.root.appendingPathComponent("Sources/QuarterlyKit", isDirectory: true)
    var files: [String: String] = [:]
    let paths = FileManager.default.enumerator(atPath: module.path)?.allObjects as? [String] ?? []
    for path in paths where path.hasSuffix(".swift") {
      files[path] = try String(contentsOf: module.appendingPathComponent(path), encoding: .utf8)
    }
    return files
  }

  @Test func everyFolderHasALayer() throws {
    let files = try LayerTests.moduleSources()
    #expect(files.count > 100)
    #expect(Layering().unplaced(files) == [], "add the folder to Layering.order and the README's diagram")
  }

  @Test func noFolderNamesAHigherLayersType() throws {
    let violations = Layering().violations(try LayerTests.moduleSources())
    #expect(violations.map(\.description) == [])
  }

  @Test func reportsAViolation() {
    let files = [
      "Support/Low.swift": "/// Low.\nstruct Low { var high: High }\n",
      "Model/High.swift": "struct High { var low: Low }\n",
    ]
    #expect(
      Layering().violations(files)
        == [Layering.Violation(file: "Support/Low.swift", type: "High", declaredIn: ["Model"])])
  }

  @Test func ignoresNamesInCommentsAndStrings() {
    let files = [
      "Support/Low.swift":
        "/* High */ struct Low { // High\n let s = \"High \\(1)\"\n let t = \"\"\"\nHigh\n\"\"\"\n}\n",
      "Model/High.swift": "struct High {}\n",
    ]
    #expect(Layering().violations(files) == [])
  }

  @Test func allowsANestedNameDeclaredAlsoBelow() {
    let files = [
      "Support/Low.swift": "struct Low { enum Kind {}; var kind: Kind }\n",
      "Model/High.swift": "struct High { enum Kind {} }\n",
    ]
    #expect(Layering().violations(files) == [])
  }

  @Test func placesFilesByTheirTopFolder() {
    #expect(Layering.folder(of: "Rendering/Charts/RAGChart.swift") == "Rendering")
    #expect(Layering().unplaced(["Elsewhere/X.swift": ""]) == ["Elsewhere/X.swift"])
  }
}
