import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One generated file of an edition.
public struct OutputFile: Sendable, Equatable {
  public var name: String
  public var contents: Data

  public init(name: String, contents: Data) {
    self.name = name
    self.contents = contents
  }

  public init(name: String, text: String) {
    self.init(name: name, contents: Data(text.utf8))
  }
}

/// Writes an edition's files all or nothing: into a staging folder beside the target, then swapped in.
public struct OutputWriter: Sendable {
  /// What happened to an edition's output folder.
  public enum Outcome: Sendable, Equatable {
    case written
    /// Every file was already there, byte for byte; nothing was touched.
    case unchanged
  }

  public var root: URL

  public init(root: URL) {
    self.root = root
  }

  /// The folder an edition's files go to. Edition ids are folder names; ones that could leave the
  /// output folder are refused before this is called.
  public func folder(for editionID: String) -> URL {
    root.appendingPathComponent(editionID, isDirectory: true)
  }

  /// Writes the files of one edition. A failure leaves the previous output untouched.
  public func write(_ files: [OutputFile], editionID: String) throws -> Outcome {
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
    let target = folder(for: editionID)
    try Self.refuseWhatIsInTheWay(of: target)
    FolderSwap.recover(target)
    if isUnchanged(files, in: target) { return .unchanged }
    let staged = root.appendingPathComponent(
      ".quarterly-tmp-\(editionID)-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    try? fileManager.removeItem(at: staged)
    try fileManager.createDirectory(at: staged, withIntermediateDirectories: false)
    do {
      for file in files {
        let url = staged.appendingPathComponent(file.name, isDirectory: false)
        if file.name.contains("/") {
          try fileManager.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try Self.writeFile(file.contents, to: url.path)
        FaultInjection.reach(.fileStaged)
      }
      FaultInjection.reach(.staged)
      try FolderSwap.install(staged, at: target)
    } catch {
      try? fileManager.removeItem(at: staged)
      throw error
    }
    return .written
  }

  /// Fails, naming it, when something other than a folder (a file, a link) has the edition's output
  /// folder's name: it is not the tool's to replace or delete.
  static func refuseWhatIsInTheWay(of target: URL) throws {
    var info = stat()
    guard lstat(target.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return }
    let kind = info.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "a file"
    throw NSError(
      domain: NSPOSIXErrorDomain, code: Int(EEXIST),
      userInfo: [
        NSLocalizedDescriptionKey:
          "this is \(kind), not the edition's output folder, so it was left as it is; move or remove it"
      ])
  }

  /// Writes a staged file with plain POSIX calls. Foundation's `Data.write(to:)` also flushes each file
  /// to disk, which costs more than building the edition; the output is a build product, swapped in
  /// whole, so a machine crash can at worst leave files that differ from what the next run builds, and
  /// that run rewrites them.
  static func writeFile(_ contents: Data, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw FolderSwap.posixError("cannot create \(path)") }
    defer { close(descriptor) }
    try contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      guard let base = buffer.baseAddress else { return }
      var written = 0
      while written < buffer.count {
        #if canImport(Glibc)
          let count = Glibc.write(descriptor, base + written, buffer.count - written)
        #else
          let count = Darwin.write(descriptor, base + written, buffer.count - written)
        #endif
        if count < 0 {
          if errno == EINTR { continue }
          throw FolderSwap.posixError("cannot write \(path)")
        }
        written += count
      }
    }
  }

  /// Whether the target folder holds exactly these files with these bytes.
  func isUnchanged(_ files: [OutputFile], in target: URL) -> Bool {
    let fileManager = FileManager.default
    guard let existing = try? fileManager.subpathsOfDirectory(atPath: target.path) else { return false }
    let existingFiles = Set(
      existing.filter { path in
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(
          atPath: target.appendingPathComponent(path).path, isDirectory: &isDirectory)
          && !isDirectory.boolValue
      })
    guard existingFiles == Set(files.map(\.name)) else { return false }
    return files.allSatisfy { file in
      (try? Data(contentsOf: target.appendingPathComponent(file.name))) == file.contents
    }
  }

  /// Removes staging folders left by runs that were killed (call while holding the lock).
  public func removeLeftovers() {
    let fileManager = FileManager.default
    guard let names = try? fileManager.contentsOfDirectory(atPath: root.path) else { return }
    for name in names where name.hasPrefix(".quarterly-tmp-") {
      try? fileManager.removeItem(at: root.appendingPathComponent(name))
    }
    for name in names where name.hasPrefix(".quarterly-old-") {
      FolderSwap.recover(root.appendingPathComponent(String(name.dropFirst(".quarterly-old-".count))))
    }
  }
}
