import Foundation

/// Keeps partial lookup inside the template folders: names are checked before any file is read,
/// and a file whose real path (symbolic links resolved) leaves its folder is refused.
enum PartialPath {
  /// Why `name` may not name a partial, or nil when it may.
  static func problem(with name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.utf8.contains(0) { return "it contains a NUL character" }
    if name.contains("\\") { return "it contains a backslash" }
    if name.hasPrefix("/") || name.hasPrefix("~") { return "it is an absolute path" }
    if name.contains("..") { return "it contains '..'" }
    return nil
  }

  /// The real path of `path` (symbolic links resolved), or nil when there is no such file.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether `realFile` lies inside `realFolder` (both already resolved).
  static func isInside(_ realFile: String, folder realFolder: String) -> Bool {
    let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
    return realFile.hasPrefix(prefix)
  }

  /// Whether `path` is an existing regular file (after following links).
  static func isRegularFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }
}
