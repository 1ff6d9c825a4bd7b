import Foundation

/// Refuses an output folder that would overwrite the inputs: one that is, contains or lies inside an
/// edition folder or the templates folder. Building swaps each edition's output folder in whole, so
/// such an output folder would replace inputs with outputs.
enum OutputPlacement {
  /// The usage error for `output`, or nil when it overlaps none of the inputs. Paths are compared
  /// as real paths (links and `.` resolved), so no spelling of the same folder slips through.
  static func problem(output: URL, editions: [EditionInput], templates: URL, outputName: String)
    -> UsageError?
  {
    let realOutput = realPath(of: output.path)
    let inputs =
      // An edition refused as a whole (a link, or '/') is neither read nor written.
      editions.filter { EditionReader.folderProblem($0.folder) == nil }.map {
        ("the edition folder '\($0.displayPath)'", $0.folder.path)
      }
      + [("the templates folder", templates.path)]
    for (name, path) in inputs {
      guard let realInput = PartialPath.realPath(path) else { continue }
      let relation: String
      if realOutput == realInput {
        relation = "is"
      } else if PartialPath.isInside(realOutput, folder: realInput) {
        relation = "lies inside"
      } else if PartialPath.isInside(realInput, folder: realOutput) {
        relation = "contains"
      } else {
        continue
      }
      return UsageError(
        "the output folder '\(outputName)' \(relation) \(name): writing would replace inputs with outputs; "
          + "choose an --output folder apart from the inputs")
    }
    return nil
  }

  /// The real path of `path`, which need not exist yet: its longest existing ancestor resolved, and the
  /// rest appended as written (with `.` and `..` worked out).
  static func realPath(of path: String) -> String {
    var missing: [String] = []
    var current = URL(fileURLWithPath: path).standardizedFileURL
    while true {
      if let real = PartialPath.realPath(current.path) {
        var result = URL(fileURLWithPath: real, isDirectory: true)
        for component in missing.reversed() { result.appendPathComponent(component) }
        return result.standardizedFileURL.path
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return current.path }
      missing.append(current.lastPathComponent)
      current = parent
    }
  }
}
