import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Copies an edition folder for `quarterly new`: regular files and folders only, refusing what inputs are
/// refused elsewhere, and puts the finished copy in place without ever replacing an existing folder.
enum EditionCopy {
  /// Copies every regular file and folder under `source` into `destination` (created here).
  ///
  /// A symbolic link to a regular file inside the edition is copied as that file; one that leads out of
  /// the edition, nowhere, or to a folder is refused, as are pipes, sockets and devices. Every refusal is
  /// recorded in `refused` (`displayPath` names `source`); a file that cannot be written throws.
  static func copy(from source: URL, displayPath: String, to destination: URL, refused: inout Diagnostics)
    throws
  {
    let realSource = PartialPath.realPath(source.path)
    try copyFolder(
      source, displayPath: displayPath, to: destination, realSource: realSource, refused: &refused)
  }

  private static func copyFolder(
    _ folder: URL, displayPath: String, to destination: URL, realSource: String?, refused: inout Diagnostics
  ) throws {
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: destination, withIntermediateDirectories: false)
    for name in try fileManager.contentsOfDirectory(atPath: folder.path).sorted() {
      let entry = folder.appendingPathComponent(name)
      let target = destination.appendingPathComponent(name)
      let shown = displayPath + "/" + name
      var info = stat()
      guard lstat(entry.path, &info) == 0 else {
        refused.append(
          .error("cannot look at this entry, so it is not copied", at: SourceLocation(file: shown)))
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        try copyFolder(entry, displayPath: shown, to: target, realSource: realSource, refused: &refused)
      case S_IFREG:
        try fileManager.copyItem(at: entry, to: target)
      case S_IFLNK:
        if let problem = linkProblem(entry, realSource: realSource) {
          refused.append(
            .error(
              problem, at: SourceLocation(file: shown),
              hint: "replace the link with the file itself, then run 'quarterly new' again"))
        } else {
          try Data(contentsOf: entry).write(to: target)
        }
      default:
        refused.append(
          .error(
            "this is not a regular file (a pipe, socket or device), so it is not copied",
            at: SourceLocation(file: shown)))
      }
    }
  }

  /// Why a symbolic link is not copied, or nil when it leads to a regular file inside the edition.
  private static func linkProblem(_ link: URL, realSource: String?) -> String? {
    guard let real = PartialPath.realPath(link.path) else {
      return "the symbolic link leads nowhere (or round in a loop), so it is not copied"
    }
    guard let realSource, PartialPath.isInside(real, folder: realSource) else {
      return "the symbolic link leads outside the edition folder, so it is not copied"
    }
    var info = stat()
    guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return "the symbolic link leads to a folder or a special file, so it is not copied"
    }
    return nil
  }

  /// How moving the finished copy into place ended.
  enum Installed: Equatable {
    case done
    /// Something already has the target's name; nothing was replaced.
    case targetExists
    /// The move failed for another reason (the system's message).
    case failed(String)
  }

  /// Renames `staged` to `target` only if nothing has that name (`RENAME_NOREPLACE`; where the system
  /// lacks it, a check and a plain rename, which never replaces a folder holding anything).
  static func install(_ staged: URL, at target: URL) -> Installed {
    var result = RenameAt2.rename(staged, target, .noReplace)
    if result != 0, errno == EINVAL || errno == ENOSYS {
      guard !SourceText.entryExists(target.path) else { return .targetExists }
      result = rename(staged.path, target.path)
    }
    if result == 0 { return .done }
    if errno == EEXIST || errno == ENOTEMPTY { return .targetExists }
    return .failed(String(cString: strerror(errno)))
  }
}
