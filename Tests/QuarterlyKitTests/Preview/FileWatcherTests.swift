import Foundation
import Testing

@testable import QuarterlyKit

/// The watcher reports changes in the watched folders and in folders made inside them later.
@Suite struct FileWatcherTests {
  /// Counts the watcher's calls.
  final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }

    /// Waits (at most `seconds`) until there have been more than `previous` calls.
    func wait(beyond previous: Int, seconds: Double = 5) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if value > previous { return true }
        Thread.sleep(forTimeInterval: 0.02)
      }
      return value > previous
    }
  }

  @Test(arguments: [false, true]) func seesWritesRenamesDeletionsAndNewFolders(polling: Bool) throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let narrative = temporary.appendingPathComponent("narrative")
    try FileManager.default.createDirectory(at: narrative, withIntermediateDirectories: true)
    try Data("one".utf8).write(to: narrative.appendingPathComponent("a.md"))
    let watcher = FileWatcher(folders: [temporary], polls: polling)
    let calls = Calls()
    watcher.start { calls.add() }
    defer { watcher.stop() }
    Thread.sleep(forTimeInterval: 0.3)
    #expect(calls.value == 0)

    try Data("two".utf8).write(to: narrative.appendingPathComponent("a.md"))
    #expect(calls.wait(beyond: 0))
    Thread.sleep(forTimeInterval: 0.3)
    var seen = calls.value
    // Saved the way editors save: a new file renamed over the old one.
    try Data("three".utf8).write(to: narrative.appendingPathComponent("a.md"), options: .atomic)
    #expect(calls.wait(beyond: seen))
    Thread.sleep(forTimeInterval: 0.3)
    seen = calls.value
    let later = temporary.appendingPathComponent("templates")
    try FileManager.default.createDirectory(at: later, withIntermediateDirectories: true)
    #expect(calls.wait(beyond: seen))
    Thread.sleep(forTimeInterval: 0.3)
    seen = calls.value
    try Data("x".utf8).write(to: later.appendingPathComponent("newsletter.html.mustache"))
    #expect(calls.wait(beyond: seen))
    Thread.sleep(forTimeInterval: 0.3)
    seen = calls.value
    try FileManager.default.removeItem(at: narrative.appendingPathComponent("a.md"))
    #expect(calls.wait(beyond: seen))
  }
}

extension FileWatcherTests {
  @Test func aWatchedFolderRemovedAndMadeAgainIsWatchedAgain() throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let edition = temporary.appendingPathComponent("edition")
    try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
    let watcher = FileWatcher(folders: [edition])
    let calls = Calls()
    watcher.start { calls.add() }
    defer { watcher.stop() }
    try FileManager.default.removeItem(at: edition)
    #expect(calls.wait(beyond: 0))
    Thread.sleep(forTimeInterval: 0.3)
    var seen = calls.value
    try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
    #expect(calls.wait(beyond: seen))
    Thread.sleep(forTimeInterval: 0.3)
    seen = calls.value
    try Data("x".utf8).write(to: edition.appendingPathComponent("edition.md"))
    #expect(calls.wait(beyond: seen))
  }

  @Test func findsFilesModifiedSinceADate() throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let narrative = temporary.appendingPathComponent("narrative")
    try FileManager.default.createDirectory(at: narrative, withIntermediateDirectories: true)
    let file = narrative.appendingPathComponent("a.md")
    try Data("one".utf8).write(to: file)
    let watcher = FileWatcher(folders: [temporary])
    #expect(!watcher.anyModified(since: Date().addingTimeInterval(60)))
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(120)], ofItemAtPath: file.path)
    #expect(watcher.anyModified(since: Date().addingTimeInterval(60)))
  }
}
