import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An edition folder held open by its descriptor, so that every input is opened once, beneath it.
///
/// A path is opened one component at a time with `openat` and `O_NOFOLLOW`, each relative to the
/// folder opened before it. A symbolic link met on the way is read (`readlinkat`) and followed by hand
/// only while it stays inside the edition folder: an absolute link must lead into the folder's real
/// path, and `..` may not climb above it. There is no separate check before the read for anything to
/// swap a file under: what is checked is what is read.
final class EditionFolder {
  /// The descriptor of the edition folder.
  let descriptor: Int32
  /// The folder's real path, for absolute links that lead back inside it.
  let realPath: String?

  /// Why a path could not be opened.
  enum OpenFailure: Error, Equatable {
    /// A symbolic link on the way leads outside the edition folder.
    case outside
    /// The system refused (the `errno` code: no such file, permission denied, too many links…).
    case system(Int32)
  }

  private init(descriptor: Int32, realPath: String?) {
    self.descriptor = descriptor
    self.realPath = realPath
  }

  deinit { close(descriptor) }

  /// Opens the folder itself, which must not be a symbolic link.
  static func open(_ folder: URL) -> Result<EditionFolder, OpenFailure> {
    #if canImport(Glibc)
      let descriptor = Glibc.open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    #else
      let descriptor = Darwin.open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    #endif
    guard descriptor >= 0 else { return .failure(.system(errno)) }
    return .success(EditionFolder(descriptor: descriptor, realPath: PartialPath.realPath(folder.path)))
  }

  /// Opens the folder itself, as `open(_:)` does; nil when it cannot be opened, with why recorded in
  /// `diagnostics` at `displayPath`.
  static func open(_ folder: URL, displayPath: String, diagnostics: inout Diagnostics) -> EditionFolder? {
    switch open(folder) {
    case .success(let opened): return opened
    case .failure(let failure):
      diagnostics.append(SourceText.cannotOpen(failure, at: SourceLocation(file: displayPath)))
      return nil
    }
  }

  /// The most symbolic links one path may go through (as the kernel's own limit).
  static let maximumLinks = 40

  /// Opens `relativePath` beneath the folder for reading (without blocking on a pipe) and returns the
  /// new descriptor, which the caller closes.
  func open(_ relativePath: String) -> Result<Int32, OpenFailure> {
    var folders: [Int32] = []
    defer { for folder in folders { close(folder) } }
    var pending = Array(relativePath.split(separator: "/").reversed())
    var links = 0
    while let component = pending.popLast() {
      if component == "." { continue }
      if component == ".." {
        guard let last = folders.popLast() else { return .failure(.outside) }
        close(last)
        continue
      }
      let isLast = pending.isEmpty
      let base = folders.last ?? descriptor
      let flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (isLast ? O_NONBLOCK : O_DIRECTORY)
      let opened = openat(base, String(component), flags)
      if opened >= 0 {
        if isLast { return .success(opened) }
        folders.append(opened)
        continue
      }
      let code = errno
      guard code == ELOOP || code == ENOTDIR, let target = Self.linkTarget(base, String(component)) else {
        return .failure(.system(code))
      }
      links += 1
      if links > Self.maximumLinks { return .failure(.system(ELOOP)) }
      var rest = Substring(target)
      if target.hasPrefix("/") {
        // An absolute link is inside only when it leads into the folder's real path.
        guard let realPath, target == realPath || target.hasPrefix(realPath + "/") else {
          return .failure(.outside)
        }
        rest = target.dropFirst(realPath.count)
        for folder in folders { close(folder) }
        folders = []
      }
      pending.append(contentsOf: rest.split(separator: "/").reversed())
    }
    // An empty path, or one that ends at the folder itself: not a file.
    return .failure(.system(EISDIR))
  }

  /// The target of the symbolic link `name` in the folder `base`, or nil when it is not a link.
  static func linkTarget(_ base: Int32, _ name: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlinkat(base, name, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
