import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Watches folders (and every folder inside them) and calls back when anything in them changes.
///
/// On Linux it uses inotify on each folder, which sees files written, created, deleted, renamed and
/// saved the way editors save them (a new file renamed over the old). Elsewhere it compares the files'
/// sizes and modification times every `pollInterval`. Changes that arrive together are reported once,
/// after `settleTime` without another change.
final class FileWatcher: @unchecked Sendable {
  let folders: [URL]
  /// Seconds between looks at the files when polling (and the longest the watcher takes to stop).
  let pollInterval: Double
  /// Seconds to wait after a change for the ones that follow it (an editor writes a file in steps).
  let settleTime: Double
  /// Whether the watcher looks at the files every `pollInterval` instead of using inotify (always, where
  /// there is no inotify).
  let polls: Bool
  private let lock = NSLock()
  private var stopped = false
  private let finished = DispatchSemaphore(value: 0)
  private let watching = DispatchSemaphore(value: 0)

  /// A watcher of `folders`; nothing happens until `start`.
  init(folders: [URL], pollInterval: Double = 0.25, settleTime: Double = 0.03, polls: Bool = false) {
    self.folders = folders
    #if os(Linux)
      self.polls = polls
    #else
      self.polls = true
    #endif
    self.pollInterval = pollInterval
    self.settleTime = settleTime
  }

  /// Starts watching on a thread of its own, and returns once changes from now on will be seen.
  /// `onChange` runs on that thread, one call at a time; changes made while it runs are reported by the
  /// next call.
  func start(onChange: @escaping @Sendable () -> Void) {
    let thread = Thread { [self] in
      #if os(Linux)
        if polls { watchByPolling(onChange) } else { watchWithInotify(onChange) }
      #else
        watchByPolling(onChange)
      #endif
      finished.signal()
    }
    thread.name = "quarterly preview watcher"
    thread.start()
    _ = watching.wait(timeout: .now() + 10)
  }

  /// Stops watching and waits (up to `timeout` seconds) for a call of `onChange` under way to end.
  func stop(timeout: Double = 10) {
    lock.withLock { stopped = true }
    _ = finished.wait(timeout: .now() + timeout)
  }

  private var isStopped: Bool { lock.withLock { stopped } }

  /// Every folder under the watched ones (themselves included), not following symbolic links and
  /// skipping hidden ones. A watched folder that is not there (removed, to be made again, as a version
  /// control checkout may do) is stood in for by its parent, so that its return is seen.
  func allFolders() -> [String] {
    var found: [String] = []
    var pending: [String] = []
    for folder in folders {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
      {
        pending.append(folder.path)
      } else {
        found.append(folder.deletingLastPathComponent().path)
      }
    }
    while let folder = pending.popLast() {
      found.append(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = folder + "/" + name
        if (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
          == .typeDirectory
        {
          pending.append(path)
        }
      }
    }
    return found
  }

  #if os(Linux)
    /// Watches with inotify. After each batch of changes the watches are set up afresh (so new folders
    /// are watched too) before `onChange` runs, so no change made during a rebuild is missed.
    private func watchWithInotify(_ onChange: @Sendable () -> Void) {
      var descriptor = makeInotify()
      watching.signal()
      defer { close(descriptor) }
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      while !isStopped {
        guard descriptor >= 0 else { return watchByPolling(onChange) }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, Int32(pollInterval * 1000))
        guard ready > 0 else { continue }
        // Let the rest of an editor's save arrive, then take every event waiting.
        usleep(useconds_t(settleTime * 1_000_000))
        while read(descriptor, &buffer, buffer.count) > 0 {}
        close(descriptor)
        descriptor = makeInotify()
        if isStopped { return }
        onChange()
      }
    }

    /// A non-blocking inotify descriptor watching every folder; -1 if inotify is not available.
    private func makeInotify() -> Int32 {
      let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard descriptor >= 0 else { return -1 }
      let mask = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
      for folder in allFolders() { _ = inotify_add_watch(descriptor, folder, mask) }
      return descriptor
    }
  #endif

  /// Watches by looking at every file's size and modification time every `pollInterval`.
  private func watchByPolling(_ onChange: @Sendable () -> Void) {
    var last = snapshot()
    watching.signal()
    while !isStopped {
      usleep(useconds_t(pollInterval * 1_000_000))
      let now = snapshot()
      if now != last {
        usleep(useconds_t(settleTime * 1_000_000))
        last = snapshot()
        if isStopped { return }
        onChange()
      }
    }
  }

  /// Whether any file or folder in the watched folders was modified at or after `date` (to catch what
  /// changed between a first build and the start of watching).
  func anyModified(since date: Date) -> Bool {
    for folder in allFolders() {
      if let modified = (try? FileManager.default.attributesOfItem(atPath: folder))?[.modificationDate]
        as? Date,
        modified >= date
      {
        return true
      }
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
        if let modified = attributes?[.modificationDate] as? Date, modified >= date { return true }
      }
    }
    return false
  }

  /// Each file in the watched folders with its size and modification time.
  private func snapshot() -> [String: String] {
    var files: [String: String] = [:]
    for folder in allFolders() {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        let path = folder + "/" + name
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
        let size = (attributes[.size] as? Int) ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        files[path] = "\(size) \(modified)"
      }
    }
    return files
  }
}
