/// The layers of `Sources/QuarterlyKit`, lowest first, and the check that each folder names only the types
/// of its own layer and the layers below it.
///
/// The order is declared here once (and drawn in the README's "How it works"). A new folder must be given
/// its place in `order` before the test passes.
struct Layering {
  /// The folders of QuarterlyKit, lowest layer first.
  static let order = [
    "Support", "Templates", "Markdown", "Model", "Inputs", "Figures", "Rendering", "PlainEnglish", "Context",
    "Output", "Pipeline", "Preview", "CLI",
  ]

  /// One place where a folder names a type that only a higher layer declares.
  struct Violation: Equatable, CustomStringConvertible {
    var file: String
    var type: String
    var declaredIn: [String]

    var description: String {
      "\(file) names \(type), declared in the higher layer \(declaredIn.joined(separator: ", "))"
    }
  }

  /// The layer order in use.
  var order: [String] = Layering.order

  /// Files (by path relative to the module, `Folder/File.swift`) that are in no declared layer.
  func unplaced(_ files: [String: String]) -> [String] {
    files.keys.filter { order.firstIndex(of: Layering.folder(of: $0)) == nil }.sorted()
  }

  /// Every use of a type that is declared only in layers above the file's own.
  ///
  /// A name declared in several folders (nested types such as `Kind`) counts as allowed when any of
  /// them is at or below the user's layer.
  func violations(_ files: [String: String]) -> [Violation] {
    var names: [String: SwiftNames] = [:]
    var owners: [String: Set<Int>] = [:]
    for (path, source) in files {
      guard let layer = order.firstIndex(of: Layering.folder(of: path)) else { continue }
      let found = SwiftNames(source: source)
      names[path] = found
      for type in found.declared { owners[type, default: []].insert(layer) }
    }
    var violations: [Violation] = []
    for (path, found) in names {
      guard let layer = order.firstIndex(of: Layering.folder(of: path)) else { continue }
      for type in found.used.sorted() {
        guard let layers = owners[type], let lowest = layers.min(), lowest > layer else { continue }
        violations.append(
          Violation(file: path, type: type, declaredIn: layers.sorted().map { order[$0] }))
      }
    }
    return violations.sorted { ($0.file, $0.type) < ($1.file, $1.type) }
  }

  /// The top folder of a path relative to the module (`.` for a file at the top).
  static func folder(of path: String) -> String {
    let parts = path.split(separator: "/")
    return parts.count > 1 ? String(parts[0]) : "."
  }
}
