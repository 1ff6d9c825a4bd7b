import Foundation

/// Linux's `renameat2`, looked up at run time (glibc 2.28 and later have it), for the two renames plain
/// `rename` cannot do: exchanging two paths, and renaming only when nothing has the new name.
enum RenameAt2 {
  /// What the rename may do.
  enum Mode: UInt32 {
    /// `RENAME_NOREPLACE`: fail with `EEXIST` rather than replace anything.
    case noReplace = 1
    /// `RENAME_EXCHANGE`: swap the two existing paths atomically.
    case exchange = 2
  }

  private typealias Function =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  private static let function: Function? = {
    #if os(Linux)
      guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
      return unsafeBitCast(symbol, to: Function.self)
    #else
      return nil
    #endif
  }()

  /// Whether the C library has `renameat2`.
  static var isAvailable: Bool { function != nil }

  /// Renames `from` to `to` in `mode`: 0 on success, -1 with `errno` set otherwise (`ENOSYS` when the
  /// C library lacks the call).
  static func rename(_ from: URL, _ to: URL, _ mode: Mode) -> Int32 {
    guard let function else {
      errno = ENOSYS
      return -1
    }
    let atCurrentDirectory: Int32 = -100  // AT_FDCWD
    return from.path.withCString { a in
      to.path.withCString { b in function(atCurrentDirectory, a, atCurrentDirectory, b, mode.rawValue) }
    }
  }
}
