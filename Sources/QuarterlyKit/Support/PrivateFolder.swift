import Foundation

/// A new folder in the system's temporary folder that only this user can enter: `mkdtemp` makes it
/// with mode 0700 and a name no other process can have taken (`quarterly-preview-k3J9aQ`).
enum PrivateFolder {
  /// A new private folder whose name starts with `prefix`; nil when it cannot be made.
  static func make(prefix: String) -> URL? {
    let base = FileManager.default.temporaryDirectory.path
    var template = Array(((base.hasSuffix("/") ? base : base + "/") + prefix + "XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
    return made.map { URL(fileURLWithPath: $0, isDirectory: true) }
  }
}
