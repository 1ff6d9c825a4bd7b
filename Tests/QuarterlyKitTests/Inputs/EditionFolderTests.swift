import Foundation
import Testing

@testable import QuarterlyKit

#if canImport(Glibc)
  import Glibc
#endif

/// Opening inputs beneath the edition folder: links are followed only while they stay inside it.
@Suite struct EditionFolderTests {
  /// A temporary `edition/` with `data/metrics.csv`, and `secret.csv` beside it.
  final class Setup: TemporaryEdition {
    init() throws {
      try super.init(copying: nil)
      try FileManager.default.createDirectory(
        at: edition.appendingPathComponent("data"), withIntermediateDirectories: true)
      try Data("inside\n".utf8).write(to: edition.appendingPathComponent("data/metrics.csv"))
      try Data("secret\n".utf8).write(to: root.appendingPathComponent("secret.csv"))
    }

    /// Makes `name` in the edition a symbolic link to `target`.
    func link(_ name: String, to target: String) {
      _ = symlink(target, edition.appendingPathComponent(name).path)
    }

    /// What reading `name` gives: the text, or the diagnostic's message.
    func read(_ name: String) -> String {
      var diagnostics = Diagnostics()
      let source = SourceText.read(
        edition.appendingPathComponent(name), displayPath: name, within: edition, diagnostics: &diagnostics)
      return source?.text ?? diagnostics.items.map(\.text).joined(separator: "\n")
    }
  }

  static let outside =
    "the file is a symbolic link to a file outside the edition folder, so it is not read; copy the file into the edition folder instead of linking to it"

  @Test func linksThatStayInsideAreFollowed() throws {
    let setup = try Setup()
    defer { setup.remove() }
    setup.link("relative.csv", to: "data/../data/metrics.csv")
    setup.link("absolute.csv", to: setup.edition.path + "/data/metrics.csv")
    setup.link("folder", to: "data")
    #expect(setup.read("relative.csv") == "inside\n")
    #expect(setup.read("absolute.csv") == "inside\n")
    #expect(setup.read("folder/metrics.csv") == "inside\n")
    #expect(setup.read("data/metrics.csv") == "inside\n")
  }

  @Test func linksThatLeaveAreRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    setup.link("up.csv", to: "../secret.csv")
    setup.link("deep.csv", to: "data/../../secret.csv")
    setup.link("absolute.csv", to: setup.root.path + "/secret.csv")
    // A folder whose name begins like the edition's is not inside it.
    try FileManager.default.createDirectory(
      at: setup.root.appendingPathComponent("edition-other"), withIntermediateDirectories: true)
    try Data("other\n".utf8).write(to: setup.root.appendingPathComponent("edition-other/x.csv"))
    setup.link("sibling.csv", to: setup.root.path + "/edition-other/x.csv")
    setup.link("parent", to: "..")
    for name in ["up.csv", "deep.csv", "absolute.csv", "sibling.csv", "parent/secret.csv"] {
      #expect(setup.read(name) == Self.outside, "\(name)")
    }
  }

  @Test func aLinkLoopAndAMissingTargetSayWhy() throws {
    let setup = try Setup()
    defer { setup.remove() }
    setup.link("a.csv", to: "b.csv")
    setup.link("b.csv", to: "a.csv")
    setup.link("dangling.csv", to: "data/none.csv")
    #expect(
      setup.read("a.csv")
        == "the file is a symbolic link that leads round in a loop, so it cannot be read; "
        + "replace the link with the file itself")
    #expect(setup.read("dangling.csv") == "cannot read the file: no such file")
  }
}
