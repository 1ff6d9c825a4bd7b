/// What a cell's number format says about its number: a date, a percentage, or a number in Excel's General format.
enum NumberKind: Equatable {
  case general
  case date
  case percent
}

/// The number formats of a workbook's cell styles (`xl/styles.xml`): `cellXfs` gives each style index
/// a `numFmtId`, built in or defined in `numFmts`.
struct CellFormats {
  /// The kind of number each style index shows.
  var kinds: [NumberKind] = []

  /// The kind for the style index `style` (general when there is no such style).
  func kind(of style: Int) -> NumberKind {
    kinds.indices.contains(style) ? kinds[style] : .general
  }

  /// Reads the styles part.
  static func read(_ bytes: [UInt8]) throws(XMLReader.Failure) -> CellFormats {
    var reader = try XMLReader(bytes: bytes)
    var codes: [Int: String] = [:]
    var formatIDs: [Int] = []
    var path: [String] = []
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        path.append(element.name)
        if element.name == "numFmt", path.dropLast().last == "numFmts",
          let id = element.attribute("numFmtId").flatMap({ Int($0) })
        {
          codes[id] = element.attribute("formatCode") ?? ""
        } else if element.name == "xf", path.dropLast().last == "cellXfs" {
          formatIDs.append(element.attribute("numFmtId").flatMap { Int($0) } ?? 0)
        }
      case .end: path.removeLast()
      case .text: break
      }
    }
    return CellFormats(kinds: formatIDs.map { kind(id: $0, code: codes[$0]) })
  }

  /// The kind of a format: its code when it has one, else the built-in format of that id.
  static func kind(id: Int, code: String?) -> NumberKind {
    if let code { return kind(code: code) }
    switch id {
    case 9, 10: return .percent
    case 14...17, 22, 27...36, 50...58: return .date
    default: return .general
    }
  }

  /// The kind of a format code: text in quotes, escaped characters and `[…]` sections (colours,
  /// conditions, locales) are skipped; in the first section, `%` makes a percentage and `d`, `y` or a
  /// month `m` (an `m` with no `h` or `s` beside it) make a date.
  static func kind(code: String) -> NumberKind {
    var letters: [Character] = []
    var iterator = code.lowercased().makeIterator()
    var percent = false
    while let character = iterator.next() {
      switch character {
      case ";": return kind(letters: letters, percent: percent)
      case "\"":
        while let next = iterator.next(), next != "\"" {}
      case "\\", "_", "*": _ = iterator.next()
      case "[":
        while let next = iterator.next(), next != "]" {}
      case "%": percent = true
      default: letters.append(character)
      }
    }
    return kind(letters: letters, percent: percent)
  }

  /// The kind from a section's letters and whether it had a `%`.
  private static func kind(letters: [Character], percent: Bool) -> NumberKind {
    if letters.contains("d") || letters.contains("y") { return .date }
    if letters.contains("m") && !letters.contains("h") && !letters.contains("s") { return .date }
    return percent ? .percent : .general
  }
}
