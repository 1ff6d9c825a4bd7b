import Foundation
import Testing

@testable import QuarterlyKit

/// Outputs do not depend on how the edition's path was written: locations in the pack and
/// figures.json are relative to the edition folder, never the server's path.
@Suite(.serialized, .enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct PathSpellingTests {
  @Test func theSameEditionNamedFourWaysGivesTheSameOutputs() throws {
    let workspace = try UnattendedRunTests.Workspace(editions: [])
    defer { workspace.remove() }
    let id = "birmingham-2020-10"
    try FileManager.default.copyItem(
      at: Repository.edition(id), to: workspace.inputs.appendingPathComponent(id))
    let spellings = [
      "Inputs/\(id)", workspace.inputs.path + "/\(id)", "./Inputs//\(id)/",
      workspace.root.path + "/./Inputs/\(id)",
    ]
    var snapshots: [FolderSnapshot] = []
    for (index, spelling) in spellings.enumerated() {
      let run = try workspace.run(["build", spelling, "--quiet", "--output", "out-\(index)"])
      #expect(run.status == 0, "\(spelling): \(run.stderr)")
      snapshots.append(FolderSnapshot(workspace.root.appendingPathComponent("out-\(index)/\(id)")))
    }
    #expect(snapshots.count == 4)
    for (spelling, snapshot) in zip(spellings, snapshots) {
      #expect(snapshot == snapshots.first, "\(spelling) gave other outputs")
    }
    let figures = String(decoding: snapshots.first?.files["figures.json"] ?? Data(), as: UTF8.self)
    #expect(figures.contains(#""cell": "I29""#))
    for (name, data) in snapshots.last?.files ?? [:] {
      let text = String(decoding: data, as: UTF8.self)
      #expect(!text.contains("Inputs/"), "\(name) names the edition's path")
      #expect(!text.contains(workspace.root.path), "\(name) names the server's path")
    }
  }
}
