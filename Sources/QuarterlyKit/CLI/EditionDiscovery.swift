import Foundation

/// Finds the edition folders a run should build: those named, or every folder under `./Inputs`.
enum EditionDiscovery {
  static func inputs(_ paths: [String], cwd: URL) -> Result<[EditionInput], UsageError> {
    let fileManager = FileManager.default
    if paths.isEmpty {
      let root = cwd.appendingPathComponent("Inputs", isDirectory: true)
      guard let names = try? fileManager.contentsOfDirectory(atPath: root.path) else {
        return .failure(UsageError("no Inputs folder here, and no edition folders named"))
      }
      let folders = names.sorted().filter { name in
        var isDirectory: ObjCBool = false
        return !name.hasPrefix(".")
          && fileManager.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
          && isDirectory.boolValue
      }
      guard !folders.isEmpty else { return .failure(UsageError("the Inputs folder has no edition folders")) }
      return .success(
        folders.map {
          EditionInput(
            folder: root.appendingPathComponent($0, isDirectory: true), displayPath: "Inputs/\($0)")
        })
    }
    var inputs: [EditionInput] = []
    var ids: Set<String> = []
    for path in paths {
      var trimmed = path
      while trimmed.hasSuffix("/") && trimmed.count > 1 { trimmed.removeLast() }
      if trimmed.split(separator: "/").contains("..") {
        return .failure(
          UsageError("'\(path)' contains '..'; name edition folders by a path without '..'"))
      }
      let url =
        trimmed.hasPrefix("/")
        ? URL(fileURLWithPath: trimmed, isDirectory: true)
        : cwd.appendingPathComponent(trimmed, isDirectory: true)
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        return .failure(UsageError("'\(path)' is not an edition folder"))
      }
      let input = EditionInput(folder: url.standardizedFileURL, displayPath: trimmed)
      guard ids.insert(input.id).inserted else {
        return .failure(
          UsageError("two edition folders are named '\(input.id)'; each needs its own output folder"))
      }
      inputs.append(input)
    }
    return .success(inputs)
  }
}
