import Foundation
import Testing

@testable import QuarterlyKit

/// How request targets become files of the build, and every way of trying to leave it.
@Suite struct PreviewPathTests {
  @Test func targetsBecomeDecodedSegments() {
    #expect(PreviewPath.segments(of: "/") == .success([]))
    #expect(PreviewPath.segments(of: "/?x=1") == .success([]))
    #expect(PreviewPath.segments(of: "/a/b.html?x=/../") == .success(["a", "b.html"]))
    #expect(PreviewPath.segments(of: "/a/") == .success(["a"]))
    #expect(PreviewPath.segments(of: "/caf%C3%A9/a%20b.md") == .success(["café", "a b.md"]))
  }

  @Test(arguments: [
    "/../etc/passwd", "/a/../../etc/passwd", "/a/..", "/./a", "/a/./b",
    "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd", "/a/%2e%2e/%2e%2e/x", "/.%2e/x", "/%2e/x",
    "/a%2f..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc", "/a\\b",
    "//etc/passwd", "/a//b", "/%2Fetc/passwd",
    "etc/passwd", "http://127.0.0.1:8000/a/b.html", "*",
    "/a%00b", "/a%", "/a%2", "/a%zz", "/%ff",
  ])
  func pathsThatCouldLeaveTheBuildOrAreMalformedAre400(_ target: String) {
    #expect(PreviewPath.segments(of: target) == .failure(.badRequest), "\(target)")
  }

  @Test func onlyRegularFilesInsideTheBuildAreServed() throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let root = temporary.appendingPathComponent("build")
    let edition = root.appendingPathComponent("edition")
    try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
    try Data("page".utf8).write(to: edition.appendingPathComponent("newsletter.html"))
    try Data("hidden".utf8).write(to: edition.appendingPathComponent(".staged"))
    try Data("secret".utf8).write(to: temporary.appendingPathComponent("secret.txt"))
    let fileManager = FileManager.default
    try fileManager.createSymbolicLink(
      atPath: edition.appendingPathComponent("out.txt").path, withDestinationPath: "../../secret.txt")
    try fileManager.createSymbolicLink(
      atPath: edition.appendingPathComponent("abs.txt").path,
      withDestinationPath: temporary.appendingPathComponent("secret.txt").path)
    try fileManager.createSymbolicLink(
      atPath: edition.appendingPathComponent("in.html").path, withDestinationPath: "newsletter.html")
    try fileManager.createSymbolicLink(
      atPath: root.appendingPathComponent("linked").path, withDestinationPath: temporary.path)
    try fileManager.createDirectory(
      at: edition.appendingPathComponent("folder"), withIntermediateDirectories: false)

    #expect(
      try PreviewPath.file(["edition", "newsletter.html"], in: root).get().lastPathComponent
        == "newsletter.html")
    for segments in [
      ["edition", "out.txt"], ["edition", "abs.txt"], ["edition", "in.html"], ["linked", "secret.txt"],
      ["edition", ".staged"], ["edition", "folder"], ["edition"], ["edition", "missing.html"],
      ["etc", "passwd"], [],
    ] {
      #expect(PreviewPath.file(segments, in: root) == .failure(.notFound), "\(segments)")
    }
  }
}
