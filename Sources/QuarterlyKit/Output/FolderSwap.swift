import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts a finished folder in place of an old one in one step, so readers see the old or the new, never a mix.
enum FolderSwap {
  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) ->
    Int32

  /// `renameat2(…, RENAME_EXCHANGE)` where the C library has it (glibc 2.28 and later).
  private static let renameAt2: RenameAt2? = {
    #if os(Linux)
      guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
      return unsafeBitCast(symbol, to: RenameAt2.self)
    #else
      return nil
    #endif
  }()

  /// Atomically exchanges two existing paths. Returns false when the system cannot do it.
  static func exchange(_ a: URL, _ b: URL) -> Bool {
    guard let renameAt2 else { return false }
    let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
    let atCurrentDirectory: Int32 = -100  // AT_FDCWD
    return a.path.withCString { pa in
      b.path.withCString { pb in renameAt2(atCurrentDirectory, pa, atCurrentDirectory, pb, exchangeFlag) == 0
      }
    }
  }

  /// Moves `staged` to `target`. An existing target is exchanged atomically, and the old copy (left at
  /// `staged`) is removed. Where exchange is impossible, the old folder is moved aside first and
  /// `recover` puts it back if the run dies in between.
  static func install(_ staged: URL, at target: URL) throws {
    let fileManager = FileManager.default
    if !fileManager.fileExists(atPath: target.path) {
      if rename(staged.path, target.path) != 0 { throw posixError("cannot move the new output into place") }
      return
    }
    if exchange(staged, target) {
      try? fileManager.removeItem(at: staged)
      return
    }
    let aside = asidePath(for: target)
    try? fileManager.removeItem(at: aside)
    if rename(target.path, aside.path) != 0 { throw posixError("cannot move the old output aside") }
    if rename(staged.path, target.path) != 0 {
      _ = rename(aside.path, target.path)
      throw posixError("cannot move the new output into place")
    }
    try? fileManager.removeItem(at: aside)
  }

  /// Where an old folder waits while a new one is moved in (only where exchange is impossible).
  static func asidePath(for target: URL) -> URL {
    target.deletingLastPathComponent().appendingPathComponent(".quarterly-old-" + target.lastPathComponent)
  }

  /// Restores an old folder left aside by a run that died between its two moves.
  static func recover(_ target: URL) {
    let aside = asidePath(for: target)
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: aside.path) else { return }
    if fileManager.fileExists(atPath: target.path) {
      try? fileManager.removeItem(at: aside)
    } else {
      _ = rename(aside.path, target.path)
    }
  }

  static func posixError(_ message: String) -> Error {
    let code = errno
    return NSError(
      domain: NSPOSIXErrorDomain, code: Int(code),
      userInfo: [NSLocalizedDescriptionKey: "\(message): \(String(cString: strerror(code)))"])
  }
}
