import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts a finished folder in place of an old one in one step, so readers see the old or the new, never a mix.
enum FolderSwap {
  /// Atomically exchanges two existing paths. Returns false when the system cannot do it.
  static func exchange(_ a: URL, _ b: URL) -> Bool {
    guard RenameAt2.isAvailable, !FaultInjection.current.noExchange else { return false }
    return RenameAt2.rename(a, b, .exchange) == 0
  }

  /// Moves `staged` to `target`. An existing target is exchanged atomically, and the old copy (left at
  /// `staged`) is removed. Where exchange is impossible, the old folder is first renamed to the aside
  /// name and the new one renamed in; at every instant the target or the aside name holds a complete
  /// folder, and `recover` (run before every write) puts the aside one back if the target is missing.
  static func install(_ staged: URL, at target: URL) throws {
    let fileManager = FileManager.default
    if !isFolder(target) {
      if rename(staged.path, target.path) != 0 { throw posixError("cannot move the new output into place") }
      return
    }
    if exchange(staged, target) {
      FaultInjection.reach(.exchanged)
      try? fileManager.removeItem(at: staged)
      return
    }
    let aside = asidePath(for: target)
    // `recover` ran before this write, so anything still here is a leftover copy of an old output.
    try? fileManager.removeItem(at: aside)
    if rename(target.path, aside.path) != 0 { throw posixError("cannot move the old output aside") }
    FaultInjection.reach(.oldMovedAside)
    if rename(staged.path, target.path) != 0 {
      let failure = posixError("cannot move the new output into place")
      _ = rename(aside.path, target.path)
      throw failure
    }
    FaultInjection.reach(.newMovedIn)
    try? fileManager.removeItem(at: aside)
  }

  /// Where an old folder waits while a new one is moved in (only where exchange is impossible).
  static func asidePath(for target: URL) -> URL {
    target.deletingLastPathComponent().appendingPathComponent(".quarterly-old-" + target.lastPathComponent)
  }

  /// Finishes a swap that a dead run left half done: with no target, the old folder waiting at the
  /// aside name goes back in place; with the target a complete folder, the aside copy is removed.
  /// Anything else in the target's place (a file a user left there) is left alone, and so is the aside.
  static func recover(_ target: URL) {
    let aside = asidePath(for: target)
    guard isFolder(aside) else { return }
    var info = stat()
    if lstat(target.path, &info) != 0 {
      _ = rename(aside.path, target.path)
    } else if info.st_mode & S_IFMT == S_IFDIR {
      try? FileManager.default.removeItem(at: aside)
    }
  }

  /// Whether `url` names a real folder (not a symbolic link to one).
  static func isFolder(_ url: URL) -> Bool {
    var info = stat()
    return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  static func posixError(_ message: String) -> Error {
    let code = errno
    return NSError(
      domain: NSPOSIXErrorDomain, code: Int(code),
      userInfo: [NSLocalizedDescriptionKey: "\(message): \(String(cString: strerror(code)))"])
  }
}
