import Dispatch
import Foundation
import Testing

@testable import QuarterlyKit

#if canImport(Glibc)
  import Glibc
#endif

/// A fragment swapped again and again for a symbolic link to a file outside the edition while the
/// edition is read and built: the outside file's text never reaches a fragment or an output.
@Suite struct InputRaceTests {
  static let secret = "SECRET-FROM-OUTSIDE-THE-EDITION"

  /// Tells the swapping thread when to stop.
  final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    func raise() { lock.withLock { raised = true } }
    var isRaised: Bool { lock.withLock { raised } }
  }

  /// Swaps `fragment` between its own text and a link to `outside` (each swap one atomic rename)
  /// until `stop` is raised; signals `done` at the end.
  static func swap(_ fragment: URL, with outside: URL, text: Data, stop: Flag, done: DispatchSemaphore) {
    let folder = fragment.deletingLastPathComponent()
    let link = folder.appendingPathComponent(".swap-link").path
    let file = folder.appendingPathComponent(".swap-file").path
    while !stop.isRaised {
      unlink(link)
      _ = symlink(outside.path, link)
      _ = rename(link, fragment.path)
      _ = FileManager.default.createFile(atPath: file, contents: text)
      _ = rename(file, fragment.path)
    }
    done.signal()
  }

  @Test func theOutsideFileNeverAppearsInAFragmentOrAnOutput() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = root.appendingPathComponent("edition")
    let output = root.appendingPathComponent("Output")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    let outside = root.appendingPathComponent("outside.md")
    try Data("---\ntitle: Outside\n---\n\(Self.secret)\n".utf8).write(to: outside)
    let fragment = edition.appendingPathComponent("narrative/01-news.md")
    let text = try Data(contentsOf: fragment)

    let stop = Flag()
    let done = DispatchSemaphore(value: 0)
    // A thread of its own, so that the swapping goes on while other tests keep the shared queues busy.
    Thread.detachNewThread { Self.swap(fragment, with: outside, text: text, stop: stop, done: done) }
    var read = 0
    var refused = 0
    var rounds = 0
    // Until both sides of the race have been met often (or a generous number of rounds has passed).
    while (read < 200 || refused < 200) && rounds < 20_000 {
      rounds += 1
      var diagnostics = Diagnostics()
      let found = EditionReader.read(folder: edition, displayPath: "edition", diagnostics: &diagnostics)
      let bodies = (found?.fragments ?? []).map(\.body).joined()
      #expect(!bodies.contains(Self.secret))
      if bodies.contains("{{metrics.complaints.sentence}}") { read += 1 }
      if diagnostics.items.contains(where: { $0.message.contains("outside the edition folder") }) {
        refused += 1
      }
    }
    for _ in 0..<10 {
      let console = CapturedConsole()
      _ = CommandLineTool.run(
        [
          "build", edition.path, "--templates", Repository.templates.path, "--output", output.path, "--quiet",
        ],
        console: console.console)
      for (name, data) in FolderSnapshot(output).files {
        #expect(!String(decoding: data, as: UTF8.self).contains(Self.secret), "\(name)")
      }
    }
    stop.raise()
    done.wait()
    // Both sides of the race were met, so the test could have caught a leak.
    #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
  }
}
